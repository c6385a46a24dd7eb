using System.Text.RegularExpressions;

namespace PacsLab.Interop.Tests;

/// <summary>
/// `pacslab dicom dump` against DCMTK's dcmdump on the same files: the same elements, at the same nesting depth, with
/// the same VR, value length and VM. Values are printed differently on purpose (PacsLab names UIDs after the value),
/// and dcmdump also lists delimitation items it would write when re-encoding, so those are left out.
/// </summary>
public sealed partial class DumpTests(DcmtkFiles dcmtk) : IClassFixture<DcmtkFiles>, IDisposable
{
    private readonly TestKit.TempDirectory _directory = new("pacslab-dump");

    public static TheoryData<string> DcmtkNames => new(DcmtkFiles.Names);

    public static TheoryData<string, string> PacsLabCases => PacsLabFiles.SyntaxesAndCharacterSets();

    [SkippableTheory]
    [MemberData(nameof(DcmtkNames))]
    public async Task Dump_DcmtkFile_ListsSameElementsAsDcmdump(string name)
    {
        await AssertSameListingAsync(await dcmtk.GetAsync(name));
    }

    [SkippableTheory]
    [MemberData(nameof(PacsLabCases))]
    public async Task Dump_PacsLabWrittenFile_ListsSameElementsAsDcmdump(string syntaxUid, string characterSet)
    {
        var (_, path) = await PacsLabFiles.WriteAsync(_directory.Path, syntaxUid, characterSet);

        await AssertSameListingAsync(path);
    }

    private static async Task AssertSameListingAsync(string path)
    {
        var dcmdump = Peers.DcmDump();
        var peer = await Peers.RunCheckedAsync(dcmdump, path);

        var ours = await PacsLabCli.RunAsync("dicom", "dump", path);

        Assert.True(ours.Succeeded, ours.Describe());
        var expected = Structure(peer.StandardOutput);
        var actual = Structure(ours.StandardOutput);
        Assert.True(expected.Count > 10, $"dcmdump listed too little:\n{peer.StandardOutput}");
        Assert.Equal(expected, actual);
    }

    /// <summary>
    /// "depth tag VR length VM" for every element and item line; delimiters left out. dcmdump prints a CR LF inside
    /// an ST or LT value as is (its own lines end in LF alone), and "??" for the VR of an implicit VR element its
    /// dictionary does not know, which PacsLab calls UN.
    /// </summary>
    private static List<string> Structure(string dump) =>
        dump.Replace("\r\n", " ", StringComparison.Ordinal).Split('\n')
            .Select(line => ElementLine().Match(line))
            .Where(m => m.Success && m.Groups["tag"].Value.ToLowerInvariant() is not ("fffe,e00d" or "fffe,e0dd"))
            .Select(m => $"{m.Groups["indent"].Length / 2} {m.Groups["tag"].Value.ToLowerInvariant()} {(m.Groups["vr"].Value == "??" ? "UN" : m.Groups["vr"].Value)} {m.Groups["length"].Value} {m.Groups["vm"].Value}")
            .ToList();

    [GeneratedRegex(@"^(?<indent> *)\((?<tag>[0-9a-fA-F]{4},[0-9a-fA-F]{4})\) (?<vr>[A-Za-z?]{2}) .*# *(?<length>[0-9]+|u/l), *(?<vm>[0-9]+) ")]
    private static partial Regex ElementLine();

    public void Dispose() => _directory.Dispose();
}
