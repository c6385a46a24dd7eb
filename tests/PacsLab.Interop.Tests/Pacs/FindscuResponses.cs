using PacsLab.Dicom;
using PacsLab.Interop.Tests.Network;
using PacsLab.TestKit;

namespace PacsLab.Interop.Tests.Pacs;

/// <summary>
/// Runs DCMTK's findscu against the PACS with <c>-X</c> (each C-FIND response identifier written to a file) and reads
/// the responses back with PacsLab's reader, so tests compare values rather than findscu's log text.
/// </summary>
public static class FindscuResponses
{
    /// <param name="model"><c>-P</c> (Patient Root) or <c>-S</c> (Study Root).</param>
    /// <param name="keys">findscu <c>-k</c> keys: <c>QueryRetrieveLevel=STUDY</c>, <c>PatientName=DOE*</c>, <c>StudyInstanceUID</c> ...</param>
    public static async Task<IReadOnlyList<DicomDataset>> FindAsync(string findscu, PacsUnderTest pacs, string folder, string model, params string[] keys)
    {
        var output = Directory.CreateDirectory(Path.Combine(folder, $"find-{Guid.NewGuid():N}")).FullName;
        var result = await DcmtkNetworkTools.RunAsync(findscu,
        [
            "-v", model, "-aet", "FINDSCU", "-aec", PacsUnderTest.AeTitle, "-X", "-od", output,
            .. DcmtkQueryRetrieveTools.Keys(keys),
            "127.0.0.1", pacs.PortText,
        ]);
        // findscu exits 0 after a failed C-FIND too; its final status line says how it ended.
        Assert.True(result.Succeeded && result.AllOutput().Contains("Received Final Find Response (Success)", StringComparison.Ordinal),
            $"findscu did not end with a successful C-FIND:\n{result.Describe()}");
        var responses = new List<DicomDataset>();
        foreach (var path in Directory.GetFiles(output, "rsp*.dcm").Order(StringComparer.Ordinal))
            responses.Add((await DicomFile.OpenAsync(path)).Dataset);
        return responses;
    }

    /// <summary>The value of <paramref name="tag"/> in each response, sorted, for comparing a set of matches with what was stored.</summary>
    public static IReadOnlyList<string> Values(this IEnumerable<DicomDataset> responses, DicomTag tag) =>
        responses.Select(r => r.GetString(tag) ?? $"(no {tag})").Order(StringComparer.Ordinal).ToList();

    /// <summary>The response whose <paramref name="tag"/> equals <paramref name="value"/>; fails listing what there was.</summary>
    public static DicomDataset With(this IEnumerable<DicomDataset> responses, DicomTag tag, string value)
    {
        var list = responses.ToList();
        return list.FirstOrDefault(r => r.GetString(tag) == value)
            ?? throw new Xunit.Sdk.XunitException($"No response with {tag} = {value}; got {string.Join(", ", list.Values(tag))}");
    }
}
