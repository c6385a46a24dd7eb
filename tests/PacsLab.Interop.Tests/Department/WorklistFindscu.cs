using PacsLab.Dicom;
using PacsLab.Interop.Tests.Network;
using PacsLab.TestKit;

namespace PacsLab.Interop.Tests.Department;

/// <summary>
/// Runs DCMTK's findscu as a modality asking for its worklist (<c>-W</c>, Modality Worklist Information Model - FIND)
/// with each response identifier written to a file (<c>-X</c>), and reads the responses back with PacsLab's reader.
/// </summary>
public static class WorklistFindscu
{
    public const string CallingAeTitle = "CT_ROOM1";

    public static string FindScu() => TestKit.Interop.RequirePeer("findscu", "dcmtk");

    /// <summary>Runs findscu -W calling <paramref name="calledAeTitle"/>; returns what it printed and the folder of its response files.</summary>
    public static async Task<(ProcessResult Result, string ResponseFolder)> RunAsync(string findscu, RisUnderTest ris, string folder, string calledAeTitle,
        params string[] keys)
    {
        var output = Directory.CreateDirectory(Path.Combine(folder, $"worklist-{Guid.NewGuid():N}")).FullName;
        var result = await DcmtkNetworkTools.RunAsync(findscu,
        [
            "-v", "-W", "-aet", CallingAeTitle, "-aec", calledAeTitle, "-X", "-od", output,
            .. DcmtkQueryRetrieveTools.Keys(keys),
            "127.0.0.1", ris.PortText,
        ]);
        return (result, output);
    }

    /// <summary>Runs findscu -W against the RIS, checks that the C-FIND ended in success, and returns the responses in order.</summary>
    public static async Task<IReadOnlyList<DicomDataset>> FindAsync(string findscu, RisUnderTest ris, string folder, params string[] keys)
    {
        var (result, output) = await RunAsync(findscu, ris, folder, RisUnderTest.AeTitle, keys);
        // findscu exits 0 after a failed C-FIND too; its final status line says how it ended.
        Assert.True(result.Succeeded && result.AllOutput().Contains("Received Final Find Response (Success)", StringComparison.Ordinal),
            $"findscu -W did not end with a successful C-FIND:\n{result.Describe()}");
        var responses = new List<DicomDataset>();
        foreach (var path in Directory.GetFiles(output, "rsp*.dcm").Order(StringComparer.Ordinal))
            responses.Add((await DicomFile.OpenAsync(path)).Dataset);
        return responses;
    }
}
