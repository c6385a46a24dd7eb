using PacsLab.TestKit;

namespace PacsLab.Interop.Tests;

/// <summary>The peer programs these tests use, each with the Debian package that installs it.</summary>
public static class Peers
{
    public static string DcmDump() => TestKit.Interop.RequirePeer("dcmdump", "dcmtk");
    public static string Dump2Dcm() => TestKit.Interop.RequirePeer("dump2dcm", "dcmtk");
    public static string Img2Dcm() => TestKit.Interop.RequirePeer("img2dcm", "dcmtk");
    public static string DcmConv() => TestKit.Interop.RequirePeer("dcmconv", "dcmtk");
    public static string DcmCJpeg() => TestKit.Interop.RequirePeer("dcmcjpeg", "dcmtk");
    public static string DcmCRle() => TestKit.Interop.RequirePeer("dcmcrle", "dcmtk");
    public static string DcDump() => TestKit.Interop.RequirePeer("dcdump", "dicom3tools");

    /// <summary>Runs a peer and fails the test with its output when it exits non-zero.</summary>
    public static async Task<ProcessResult> RunCheckedAsync(string program, params string[] arguments)
    {
        var result = await PeerProcess.RunAsync(program, arguments, TimeSpan.FromMinutes(2)).ConfigureAwait(false);
        Assert.True(result.Succeeded, result.Describe());
        return result;
    }
}
