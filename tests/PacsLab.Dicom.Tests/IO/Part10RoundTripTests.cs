namespace PacsLab.Dicom.Tests.IO;

public class Part10RoundTripTests
{
    public static TheoryData<string> Syntaxes => new()
    {
        DicomTransferSyntax.ImplicitVRLittleEndian.Uid,
        DicomTransferSyntax.ExplicitVRLittleEndian.Uid,
        DicomTransferSyntax.ExplicitVRBigEndian.Uid,
        DicomTransferSyntax.DeflatedExplicitVRLittleEndian.Uid,
    };

    private static async Task<(byte[] Bytes, DicomFile File)> WriteAndRead(DicomDataset ds, DicomTransferSyntax syntax)
    {
        var ms = new MemoryStream();
        await DicomFile.Create(ds, syntax).WriteAsync(ms);
        var bytes = ms.ToArray();
        return (bytes, await DicomFile.ReadAsync(new MemoryStream(bytes)));
    }

    [Theory]
    [MemberData(nameof(Syntaxes))]
    public async Task WriteThenRead_EachUncompressedSyntax_KeepsEveryValue(string uid)
    {
        var syntax = DicomTransferSyntax.FromUid(uid);
        var original = SampleDatasets.Rich();
        var (_, file) = await WriteAndRead(original, syntax);
        if (!syntax.IsExplicitVR)
        {
            // Implicit VR carries no VR: the dictionary supplies it, so compare values, not VRs, for unknown ones.
            Assert.Equal(original.Select(i => i.Tag), file.Dataset.Select(i => i.Tag));
            Assert.Equal("Müller^Jürgen^^Dr.", file.Dataset.GetString(DicomTags.PatientName));
            return;
        }
        Assert.Equal(uid, file.TransferSyntax.Uid);
        DatasetAssert.Equal(original, file.Dataset);
        Assert.Equal([-125.5, -130, 42.75], file.Dataset.GetNumbers<double>(new DicomTag(0x0020, 0x0032)));
        Assert.Equal(-32768, file.Dataset.GetNumber<int>(new DicomTag(0x0028, 0x9503)));
        Assert.Equal([DicomTags.PatientName, DicomTags.PixelData], file.Dataset.GetTags(new DicomTag(0x0020, 0x5000)));
        Assert.Equal(5000, file.Dataset.GetNumber<int>(DicomTags.PixelData, 5));
    }

    [Theory]
    [MemberData(nameof(Syntaxes))]
    public async Task ReadThenWrite_CanonicalFile_IsByteIdentical(string uid)
    {
        var (bytes, file) = await WriteAndRead(SampleDatasets.Rich(), DicomTransferSyntax.FromUid(uid));
        var again = new MemoryStream();
        await file.WriteAsync(again);
        Assert.Equal(bytes, again.ToArray());
    }

    [Fact]
    public async Task Write_BigEndian_SwapsBinaryValuesButNotBytes()
    {
        var ds = new DicomDataset();
        ds.AddOrUpdate(new DicomTag(0x0028, 0x0010), DicomVR.US, (ushort)0x0102);
        ds.AddOrUpdate(new DicomTag(0x0042, 0x0011), DicomVR.OB, new byte[] { 1, 2 });
        var (bytes, _) = await WriteAndRead(ds, DicomTransferSyntax.ExplicitVRBigEndian);
        var us = FindSubsequence(bytes, [0x00, 0x28, 0x00, 0x10, (byte)'U', (byte)'S', 0x00, 0x02]);
        Assert.True(us > 0, "the US element is written with a big-endian tag and length");
        Assert.Equal(new byte[] { 0x01, 0x02 }, bytes[(us + 8)..(us + 10)]);
        var ob = FindSubsequence(bytes, [0x00, 0x42, 0x00, 0x11, (byte)'O', (byte)'B', 0, 0, 0, 0, 0, 2]);
        Assert.Equal(new byte[] { 1, 2 }, bytes[(ob + 12)..(ob + 14)]);
    }

    [Fact]
    public async Task Write_OddLengthValue_PaddedWithTheVRsPaddingByte()
    {
        var ds = new DicomDataset();
        ds.AddOrUpdate(DicomTags.SOPInstanceUID, DicomVR.UI, "1.2.3");
        ds.AddOrUpdate(DicomTags.PatientID, DicomVR.LO, "ABC");
        var (bytes, file) = await WriteAndRead(ds, DicomTransferSyntax.ExplicitVRLittleEndian);
        Assert.True(FindSubsequence(bytes, "1.2.3\0"u8.ToArray()) > 0);
        Assert.True(FindSubsequence(bytes, "ABC "u8.ToArray()) > 0);
        Assert.Equal("1.2.3", file.Dataset.GetString(DicomTags.SOPInstanceUID));
        Assert.Equal("ABC", file.Dataset.GetString(DicomTags.PatientID));
    }

    [Fact]
    public async Task Read_OddLengthValue_KeptAndWarned()
    {
        var bytes = ByteBuilder.Part10(DicomTransferSyntax.ExplicitVRLittleEndian.Uid).Short(0x0010, 0x0020, "LO", "ABC").ToArray();
        var file = await DicomFile.ReadAsync(new MemoryStream(bytes));
        Assert.Equal(3, Assert.IsType<DicomElement>(file.Dataset[DicomTags.PatientID]).Length);
        Assert.Contains(file.Warnings, w => w.Contains("odd length 3"));
    }

    [Fact]
    public async Task Read_TrailingZeroPadding_IgnoredWithWarning()
    {
        var bytes = ByteBuilder.Part10(DicomTransferSyntax.ExplicitVRLittleEndian.Uid).Short(0x0010, 0x0020, "LO", "ABCD").Raw(new byte[64]).ToArray();
        var file = await DicomFile.ReadAsync(new MemoryStream(bytes));
        Assert.Equal(1, file.Dataset.Count);
        Assert.Contains(file.Warnings, w => w.Contains("64 zero byte(s)"));
    }

    [Fact]
    public async Task Read_EncapsulatedPixelData_KeptByteForByte()
    {
        byte[] offsets = [0, 0, 0, 0, 10, 0, 0, 0];
        byte[] frame1 = [0xFF, 0xD8, 1, 2, 0xFF, 0xD9];
        byte[] frame2 = [0xFF, 0xD8, 3, 4, 5, 6, 0xFF, 0xD9];
        var ds = new DicomDataset();
        ds.AddOrUpdate(DicomTags.SOPInstanceUID, DicomVR.UI, "1.2.3.4");
        ds.AddOrUpdate(new DicomFragmentSequence(DicomTags.PixelData, DicomVR.OB, offsets, [frame1, frame2]));
        var (bytes, file) = await WriteAndRead(ds, DicomTransferSyntax.JpegBaseline);
        var pixels = Assert.IsType<DicomFragmentSequence>(file.Dataset[DicomTags.PixelData]);
        Assert.Equal(offsets, pixels.OffsetTable.ToArray());
        Assert.Equal(frame1, pixels.Fragments[0].ToArray());
        Assert.Equal(frame2, pixels.Fragments[1].ToArray());
        var again = new MemoryStream();
        await file.WriteAsync(again);
        Assert.Equal(bytes, again.ToArray());
    }

    [Fact]
    public async Task Read_StopBeforePixelData_DoesNotReadThePixels()
    {
        var ds = SampleDatasets.Rich();
        ds.AddOrUpdate(DicomTags.PixelData, DicomVR.OB, new byte[4 * 1024 * 1024]);
        var (bytes, _) = await WriteAndRead(ds, DicomTransferSyntax.ExplicitVRLittleEndian);
        var counting = new NonSeekableStream(new MemoryStream(bytes));
        var file = await DicomFile.ReadAsync(counting, new DicomReadOptions { StopBeforeTag = DicomTags.PixelData });
        Assert.False(file.Dataset.Contains(DicomTags.PixelData));
        Assert.Equal("PID-0001", file.Dataset.GetString(DicomTags.PatientID));
        Assert.True(counting.BytesRead < 256 * 1024, $"read {counting.BytesRead} bytes to index headers");
    }

    [Fact]
    public async Task Read_WithoutPreamble_ReadsMetaAndDataset()
    {
        var (bytes, _) = await WriteAndRead(SampleDatasets.Rich(), DicomTransferSyntax.ExplicitVRLittleEndian);
        var file = await DicomFile.ReadAsync(new MemoryStream(bytes[132..]));
        Assert.True(file.Preamble.IsEmpty);
        Assert.Equal("PID-0001", file.Dataset.GetString(DicomTags.PatientID));
    }

    [Theory]
    [InlineData("1.2.840.10008.1.2")]
    [InlineData("1.2.840.10008.1.2.1")]
    [InlineData("1.2.840.10008.1.2.2")]
    public async Task Read_BareDatasetWithoutMeta_GuessesTheSyntax(string uid)
    {
        var syntax = DicomTransferSyntax.FromUid(uid);
        var (bytes, _) = await WriteAndRead(SampleDatasets.Rich(), syntax);
        var metaLength = BitConverter.ToUInt32(bytes, 132 + 8);
        var bare = bytes[(132 + 12 + (int)metaLength)..];
        var file = await DicomFile.ReadAsync(new MemoryStream(bare));
        Assert.Equal(uid, file.TransferSyntax.Uid);
        Assert.Equal("PID-0001", file.Dataset.GetString(DicomTags.PatientID));
        Assert.Contains(file.Warnings, w => w.Contains("no File Meta Information"));
    }

    [Fact]
    public async Task Write_ExplicitLengthOption_RewritesUndefinedLengths()
    {
        var ms = new MemoryStream();
        await DicomFile.Create(SampleDatasets.Rich(), DicomTransferSyntax.ExplicitVRLittleEndian)
            .WriteAsync(ms, new DicomWriteOptions { ExplicitLengthSequences = true });
        Assert.Equal(-1, FindSubsequence(ms.ToArray(), [0xFE, 0xFF, 0xDD, 0xE0]));
        var file = await DicomFile.ReadAsync(new MemoryStream(ms.ToArray()));
        DatasetAssert.Equal(SampleDatasets.Rich(), file.Dataset);
    }

    private static int FindSubsequence(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}
