using System.Net;
using PacsLab.Dicom.Network.Association;

namespace PacsLab.Dicom.Network.Transport;

/// <summary>Where an SCP listens and how many associations it serves at once (pynetdicom's default is 10).</summary>
public sealed record DicomServerOptions
{
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>0 picks a free port; <see cref="DicomServer.LocalEndPoint"/> says which.</summary>
    public int Port { get; init; }

    public int MaxAssociations { get; init; } = 10;

    public AssociationOptions Association { get; init; } = AssociationOptions.Default;

    /// <summary>How long a stop waits for live associations to finish before aborting them.</summary>
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
