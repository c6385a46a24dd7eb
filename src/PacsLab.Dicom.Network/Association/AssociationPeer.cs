using System.Net;

namespace PacsLab.Dicom.Network.Association;

/// <summary>Where an association request came from, as the transport saw it.</summary>
public sealed record AssociationPeer(IPAddress? Address, int Port)
{
    public override string ToString() => Address switch
    {
        null => "(unknown)",
        { IsIPv4MappedToIPv6: true } mapped => $"{mapped.MapToIPv4()}:{Port}",
        _ => $"{Address}:{Port}",
    };
}
