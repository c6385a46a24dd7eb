using System.Buffers.Binary;
using System.IO.Compression;
using PacsLab.Dicom;
using PacsLab.TestKit;

namespace PacsLab.Interop.Tests;

/// <summary>
/// Reading then writing a file that is already in canonical form gives back the same bytes. Canonical here means:
/// a 128-byte preamble and "DICM"; a meta group with its group length; elements in tag order; every value padded to
/// even length with the VR's padding byte; no group lengths outside group 0002; and sequences and items in the length
/// form the file uses (PacsLab keeps it per sequence and item). Files PacsLab writes are canonical, and so are
/// DCMTK's uncompressed non-deflated outputs listed in <see cref="CanonicalDcmtkFiles"/>. DCMTK's deflated output is
/// not: the same data set deflated by zlib and by .NET need not give the same bytes, so for it the meta group and the
/// inflated data set are compared instead.
/// </summary>
public sealed class RoundTripTests(DcmtkFiles dcmtk) : IClassFixture<DcmtkFiles>, IDisposable
{
    private readonly TempDirectory _directory = new("pacslab-roundtrip");

    public static TheoryData<string, string> PacsLabCases => PacsLabFiles.SyntaxesAndCharacterSets();

    public static TheoryData<string> CanonicalDcmtkFiles => new("dump2dcm", "dcmconv+ti", "dcmconv+te", "dcmconv+tb", "dcmconv+te-e", "img2dcm", "dcmcjpeg", "dcmcrle");

    [Theory]
    [MemberData(nameof(PacsLabCases))]
    public async Task ReadWrite_PacsLabWrittenFile_IsByteIdentical(string syntaxUid, string characterSet)
    {
        var (_, path) = await PacsLabFiles.WriteAsync(_directory.Path, syntaxUid, characterSet);

        await AssertRoundTripAsync(path);
    }

    [SkippableTheory]
    [MemberData(nameof(CanonicalDcmtkFiles))]
    public async Task ReadWrite_CanonicalDcmtkFile_IsByteIdentical(string name)
    {
        var path = await dcmtk.GetAsync(name);

        await AssertRoundTripAsync(path);
    }

    /// <summary>DCMTK's deflated file is not byte-identical after a round trip, but what it inflates to is.</summary>
    [SkippableFact]
    public async Task ReadWrite_DcmtkDeflatedFile_SameMetaAndSameInflatedDataset()
    {
        var path = await dcmtk.GetAsync("dcmconv+td");
        var original = await File.ReadAllBytesAsync(path);
        var file = await DicomFile.OpenAsync(path);

        using var rewritten = new MemoryStream();
        await file.WriteAsync(rewritten);

        var copy = rewritten.ToArray();
        var metaEnd = MetaEnd(original);
        Assert.Equal(metaEnd, MetaEnd(copy));
        Assert.True(original.AsSpan(0, metaEnd).SequenceEqual(copy.AsSpan(0, metaEnd)), "the meta information differs");
        Assert.Equal(await InflateAsync(original, metaEnd), await InflateAsync(copy, metaEnd));
    }

    /// <summary>Preamble, "DICM", the (0002,0000) element (12 bytes) and the group length it holds.</summary>
    private static int MetaEnd(byte[] file) => 128 + 4 + 12 + (int)BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(128 + 4 + 8));

    private static async Task<byte[]> InflateAsync(byte[] file, int offset)
    {
        await using var inflater = new DeflateStream(new MemoryStream(file, offset, file.Length - offset), CompressionMode.Decompress);
        using var inflated = new MemoryStream();
        await inflater.CopyToAsync(inflated);
        return inflated.ToArray();
    }

    private static async Task AssertRoundTripAsync(string path)
    {
        var original = await File.ReadAllBytesAsync(path);
        var file = await DicomFile.OpenAsync(path);

        using var rewritten = new MemoryStream();
        await file.WriteAsync(rewritten);

        var copy = rewritten.ToArray();
        var at = original.AsSpan().CommonPrefixLength(copy);
        Assert.True(at == original.Length && at == copy.Length,
            $"{Path.GetFileName(path)}: {original.Length} bytes read, {copy.Length} written; first difference at byte {at}: " +
            $"original {Window(original, at)} | rewritten {Window(copy, at)}");
    }

    private static string Window(byte[] bytes, int at)
    {
        var start = Math.Max(0, at - 8);
        return Convert.ToHexStringLower(bytes.AsSpan(start, Math.Min(bytes.Length, at + 16) - start)) + $" (from byte {start})";
    }

    public void Dispose() => _directory.Dispose();
}
