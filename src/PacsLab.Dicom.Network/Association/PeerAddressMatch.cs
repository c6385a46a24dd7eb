using System.Net;
using System.Net.NetworkInformation;

namespace PacsLab.Dicom.Network.Association;

/// <summary>
/// Whether the address an association came from is one of the addresses the AE table's host stands for. IPv4-mapped
/// IPv6 addresses compare as IPv4. A connection over loopback comes from this machine, so it matches a host whose
/// addresses are this machine's (its name may resolve to 127.0.1.1 or to a LAN address of one of its interfaces).
/// </summary>
internal static class PeerAddressMatch
{
    public static bool Matches(IReadOnlyList<IPAddress> expected, IPAddress peer)
    {
        peer = Normalize(peer);
        if (expected.Any(e => Normalize(e).Equals(peer))) return true;
        return IPAddress.IsLoopback(peer) && expected.Any(e => IsThisMachine(Normalize(e)));
    }

    public static IPAddress Normalize(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;

    private static bool IsThisMachine(IPAddress address)
    {
        if (IPAddress.IsLoopback(address)) return true;
        try
        {
            return NetworkInterface.GetAllNetworkInterfaces()
                .SelectMany(i => i.GetIPProperties().UnicastAddresses)
                .Any(u => Normalize(u.Address).Equals(address));
        }
        catch (NetworkInformationException)
        {
            return false;
        }
    }
}
