using System.Net;
using System.Net.Sockets;

namespace PacsLab.TestKit;

/// <summary>A TCP port on 127.0.0.1 that nothing listens on right now, for peers that must be told their port.</summary>
public static class FreePort
{
    /// <summary>
    /// Asks the OS for an ephemeral port and releases it. Another process could take it before the peer binds, so
    /// callers that start a peer on it should fail clearly (see <see cref="BackgroundPeer"/>), not hang.
    /// </summary>
    public static int Next()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
