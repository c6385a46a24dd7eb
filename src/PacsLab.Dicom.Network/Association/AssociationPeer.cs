using System.Net;

namespace PacsLab.Dicom.Network.Association;

/// <summary>Where an association request came from, as the transport saw it.</summary>
public sealed record AssociationPeer(IPAddress? Address, int Port)
{
    public override string ToString() => Address is null ? "(unknown)" : $"{Address}:{Port}";
}
