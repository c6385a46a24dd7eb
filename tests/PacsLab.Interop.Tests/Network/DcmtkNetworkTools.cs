using PacsLab.TestKit;

namespace PacsLab.Interop.Tests.Network;

/// <summary>DCMTK's network programs, each required like the other peers (skip, or fail with PACSLAB_INTEROP=required).</summary>
public static class DcmtkNetworkTools
{
    public static string EchoScu() => TestKit.Interop.RequirePeer("echoscu", "dcmtk");
    public static string StoreScu() => TestKit.Interop.RequirePeer("storescu", "dcmtk");
    public static string StoreScp() => TestKit.Interop.RequirePeer("storescp", "dcmtk");

    /// <summary>Runs a DCMTK client with a timeout that fits a loopback exchange; the output is returned, not checked.</summary>
    public static Task<ProcessResult> RunAsync(string program, params string[] arguments) =>
        PeerProcess.RunAsync(program, arguments, TimeSpan.FromSeconds(60));

    /// <summary>Stdout and stderr together: DCMTK logs fatal errors to stderr and the rest to stdout.</summary>
    public static string AllOutput(this ProcessResult result) => result.StandardOutput + result.StandardError;
}
