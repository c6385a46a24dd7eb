using System.Globalization;
using System.Text.RegularExpressions;
using PacsLab.Dicom;
using PacsLab.TestKit;

namespace PacsLab.Interop.Tests;

/// <summary>Files DCMTK writes (dump2dcm, dcmconv, img2dcm, dcmcjpeg, dcmcrle) read by PacsLab, checked against pydicom and dcmdump.</summary>
public sealed partial class DcmtkWrittenFileTests(DcmtkFiles dcmtk) : IClassFixture<DcmtkFiles>
{
    public static TheoryData<string> Names => new(DcmtkFiles.Names);

    public static TheoryData<string> Encapsulated => new("dcmcjpeg", "dcmcrle");

    [SkippableTheory]
    [MemberData(nameof(Names))]
    public async Task Read_DcmtkFile_SameValuesAsPydicom(string name)
    {
        var path = await dcmtk.GetAsync(name);
        var peer = await PydicomValues.ReadAsync(path);
        Assert.False(peer.Refused, $"pydicom refused the {name} file: {peer.Error}");

        var ours = await DicomFile.OpenAsync(path);

        Assert.Empty(ours.Warnings);
        NormalizedComparison.AssertSame(PacsLabValues.Normalize(ours), peer.Elements, $"the {name} file");
    }

    [SkippableTheory]
    [MemberData(nameof(Names))]
    public async Task Read_DcmtkFile_SyntaxIsTheOneDcmtkWrote(string name)
    {
        var path = await dcmtk.GetAsync(name);

        var ours = await DicomFile.OpenAsync(path);

        var expected = name switch
        {
            "dcmconv+ti" => DicomTransferSyntax.ImplicitVRLittleEndian,
            "dcmconv+tb" => DicomTransferSyntax.ExplicitVRBigEndian,
            "dcmconv+td" => DicomTransferSyntax.DeflatedExplicitVRLittleEndian,
            "dcmcjpeg" => DicomTransferSyntax.JpegLosslessSV1,
            "dcmcrle" => DicomTransferSyntax.RleLossless,
            _ => DicomTransferSyntax.ExplicitVRLittleEndian,
        };
        Assert.Equal(expected.Uid, ours.TransferSyntax.Uid);
        Assert.Equal(expected.Uid, ours.ReadSyntax?.Uid);
    }

    /// <summary>The offset table and every fragment must be, byte for byte, what dcmdump +L prints for them.</summary>
    [SkippableTheory]
    [MemberData(nameof(Encapsulated))]
    public async Task Read_DcmtkEncapsulatedFile_FragmentsMatchDcmdumpByteForByte(string name)
    {
        var dcmdump = Peers.DcmDump();
        var path = await dcmtk.GetAsync(name);
        var listing = await Peers.RunCheckedAsync(dcmdump, "+L", path);
        var peerItems = PixelItems(listing.StandardOutput);

        var ours = await DicomFile.OpenAsync(path);

        var pixels = Assert.IsType<DicomFragmentSequence>(ours.Dataset[DicomTags.PixelData]);
        var ourItems = pixels.Fragments.Prepend(pixels.OffsetTable).Select(f => f.ToArray()).ToList();
        Assert.True(peerItems.Count >= 2, $"dcmdump listed no fragments:\n{listing.StandardOutput}");
        Assert.Equal(peerItems.Count, ourItems.Count);
        for (var i = 0; i < ourItems.Count; i++)
            Assert.True(peerItems[i].AsSpan().SequenceEqual(ourItems[i]), $"item {i} of {name}'s pixel data differs from dcmdump's ({ourItems[i].Length} vs {peerItems[i].Length} bytes)");
    }

    /// <summary>The (FFFE,E000) "pi" items dcmdump +L lists under (7FE0,0010), as bytes.</summary>
    private static List<byte[]> PixelItems(string dump)
    {
        var items = new List<byte[]>();
        var inPixelData = false;
        foreach (var line in dump.Split('\n'))
        {
            var text = line.Trim();
            if (text.StartsWith("(7fe0,0010)", StringComparison.Ordinal)) { inPixelData = true; continue; }
            if (!inPixelData) continue;
            if (text.StartsWith("(fffe,e0dd)", StringComparison.Ordinal)) break;
            var match = PixelItemLine().Match(text);
            if (!match.Success) continue;
            var hex = match.Groups["hex"].Value;
            items.Add(hex == "(no value available)" ? [] : hex.Split('\\').Select(h => byte.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray());
        }
        return items;
    }

    [GeneratedRegex(@"^\(fffe,e000\) pi (?<hex>\(no value available\)|[0-9a-f]{2}(\\[0-9a-f]{2})*)\s")]
    private static partial Regex PixelItemLine();
}
