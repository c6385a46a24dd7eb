using System.Net;

namespace PacsLab.Dicom.Network.Association;

/// <summary>What an AE table host name resolved to, or why it did not.</summary>
public sealed record HostResolution(string Host, IReadOnlyList<IPAddress> Addresses, string? Error = null)
{
    public bool Succeeded => Error is null;
}
