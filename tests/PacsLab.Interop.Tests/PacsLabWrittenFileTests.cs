using PacsLab.Dicom;
using PacsLab.TestKit;

namespace PacsLab.Interop.Tests;

/// <summary>
/// Files PacsLab writes in each native transfer syntax, with Latin-1 and UTF-8 text, read by DCMTK, dicom3tools
/// and pydicom: the peers must read them cleanly and see the values PacsLab meant to write.
/// </summary>
public sealed class PacsLabWrittenFileTests : IDisposable
{
    private readonly TempDirectory _directory = new("pacslab-written");

    public static TheoryData<string, string> Cases => PacsLabFiles.SyntaxesAndCharacterSets();

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task Write_RichDataset_DcmdumpReadsWithoutWarnings(string syntaxUid, string characterSet)
    {
        var dcmdump = Peers.DcmDump();
        var (_, path) = await PacsLabFiles.WriteAsync(_directory.Path, syntaxUid, characterSet);

        var result = await PeerProcess.RunAsync(dcmdump, [path]);

        Assert.True(result.Succeeded && result.StandardError.Length == 0, $"dcmdump complained about {Path.GetFileName(path)}:\n{result.Describe()}");
        Assert.Contains("[PL-0001]", result.StandardOutput);
        Assert.Contains("(7fe0,0010) OW", result.StandardOutput);
        Assert.Contains($"# Used TransferSyntax: {DcmtkSyntaxName(syntaxUid)}", result.StandardOutput);
    }

    /// <summary>dicom3tools' dcdump has no inflater, so the deflated syntax is left out.</summary>
    public static TheoryData<string, string> NotDeflatedCases
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var row in PacsLabFiles.SyntaxesAndCharacterSets())
            {
                if ((string)row[0] != DicomTransferSyntax.DeflatedExplicitVRLittleEndian.Uid) data.Add((string)row[0], (string)row[1]);
            }
            return data;
        }
    }

    /// <summary>
    /// dcdump (dicom3tools) prints its listing on stderr and warns about things that are fine (private tags it has
    /// no dictionary for, SV/UV it predates), so only its errors count.
    /// </summary>
    [SkippableTheory]
    [MemberData(nameof(NotDeflatedCases))]
    public async Task Write_RichDataset_DcdumpReadsWithoutErrors(string syntaxUid, string characterSet)
    {
        var dcdump = Peers.DcDump();
        var (_, path) = await PacsLabFiles.WriteAsync(_directory.Path, syntaxUid, characterSet);

        var result = await PeerProcess.RunAsync(dcdump, [path]);

        var listing = result.StandardOutput + result.StandardError;
        var errors = listing.Split('\n').Where(l => l.Contains("Error", StringComparison.Ordinal)).ToList();
        Assert.True(result.Succeeded && errors.Count == 0, $"dcdump found errors in {Path.GetFileName(path)}:\n{string.Join('\n', errors)}\n{result.Describe()}");
        Assert.Contains("<PL-0001 >", listing); // dcdump shows the padding of the odd-length value
        Assert.Contains("VR=<OW>   VL=<0x0020>", listing); // the 4x4 16-bit pixel data, read to the end
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task Write_RichDataset_PydicomReadsSameValues(string syntaxUid, string characterSet)
    {
        var (file, path) = await PacsLabFiles.WriteAsync(_directory.Path, syntaxUid, characterSet);
        var implicitVR = syntaxUid == DicomTransferSyntax.ImplicitVRLittleEndian.Uid;

        var peer = await PydicomValues.ReadAsync(path);

        Assert.False(peer.Refused, $"pydicom refused {Path.GetFileName(path)}: {peer.Error}");
        NormalizedComparison.AssertSame(PacsLabValues.Normalize(file, implicitVR), peer.Elements, $"{Path.GetFileName(path)} as built vs as pydicom reads it");
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task Read_PacsLabWrittenFile_SameValuesAsPydicom(string syntaxUid, string characterSet)
    {
        var (_, path) = await PacsLabFiles.WriteAsync(_directory.Path, syntaxUid, characterSet);
        var peer = await PydicomValues.ReadAsync(path);

        var ours = await DicomFile.OpenAsync(path);

        Assert.Empty(ours.Warnings);
        NormalizedComparison.AssertSame(PacsLabValues.Normalize(ours), peer.Elements, $"{Path.GetFileName(path)} as PacsLab reads it");
    }

    /// <summary>How dcmdump names the syntax in its "# Used TransferSyntax:" line.</summary>
    private static string DcmtkSyntaxName(string uid) => PacsLabFiles.Syntaxes[uid] switch
    {
        "implicit-le" => "Little Endian Implicit",
        "explicit-le" => "Little Endian Explicit",
        "explicit-be" => "Big Endian Explicit",
        _ => "Deflated Explicit VR Little Endian",
    };

    public void Dispose() => _directory.Dispose();
}
