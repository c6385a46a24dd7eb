namespace PacsLab.Dicom.Tests.IO;

/// <summary>Issue point 7: every malformed input gives a DicomFormatException naming offset and tag; none hangs.</summary>
public class BadInputTests
{
    private const string ExplicitLE = "1.2.840.10008.1.2.1";
    private const string ImplicitLE = "1.2.840.10008.1.2";

    internal static async Task<DicomFormatException> Refused(byte[] bytes, Stream? stream = null)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await Assert.ThrowsAsync<DicomFormatException>(() => DicomFile.ReadAsync(stream ?? new MemoryStream(bytes), null, cts.Token));
    }

    [Fact]
    public async Task Read_TruncatedInsideValue_NamesTagAndOffset()
    {
        var b = ByteBuilder.Part10(ExplicitLE).Short(0x0010, 0x0010, "PN", "Doe^John");
        var offset = b.Length;
        var bytes = b.Short(0x0010, 0x0020, "LO", "PATIENT-12345678").ToArray()[..^6];
        var ex = await Refused(bytes);
        Assert.Equal(new DicomTag(0x0010, 0x0020), ex.Tag);
        Assert.Equal(offset, ex.Offset);
        Assert.Contains("runs past the end", ex.Message);
    }

    [Fact]
    public async Task Read_TruncatedInsideHeader_IsRefused()
    {
        var bytes = ByteBuilder.Part10(ExplicitLE).Short(0x0010, 0x0010, "PN", "Doe^John").Tag(0x0010, 0x0020).Raw((byte)'L').ToArray();
        var ex = await Refused(bytes);
        Assert.Contains("ends inside an element header", ex.Message);
    }

    [Fact]
    public async Task Read_UndefinedLengthOnTextVR_IsRefused()
    {
        var b = ByteBuilder.Part10(ExplicitLE);
        var offset = b.Length;
        var bytes = b.LongHeader(0x0008, 0x0119, "UC", 0xFFFFFFFF).Raw("text"u8.ToArray()).ToArray();
        var ex = await Refused(bytes);
        Assert.Equal(new DicomTag(0x0008, 0x0119), ex.Tag);
        Assert.Equal(offset, ex.Offset);
        Assert.Contains("undefined length", ex.Message);
    }

    [Fact]
    public async Task Read_UndefinedLengthOnImplicitVRString_IsRefused()
    {
        var bytes = ByteBuilder.Part10(ImplicitLE).Tag(0x0010, 0x0020).UInt32(0xFFFFFFFF).Raw(new byte[16]).ToArray();
        var ex = await Refused(bytes);
        Assert.Equal(DicomTags.PatientID, ex.Tag);
    }

    [Fact]
    public async Task Read_NestingDeeperThanCap_IsRefusedWithoutStackOverflow()
    {
        var b = ByteBuilder.Part10(ExplicitLE);
        for (var i = 0; i < 10_000; i++) b.LongHeader(0x0008, 0x1115, "SQ", 0xFFFFFFFF).Item(0xFFFFFFFF);
        var ex = await Refused(b.ToArray());
        Assert.Contains("nested deeper than 64", ex.Message);
        Assert.Equal(new DicomTag(0x0008, 0x1115), ex.Tag);
    }

    [Fact]
    public async Task Read_NestingAtCap_IsAccepted()
    {
        var b = ByteBuilder.Part10(ExplicitLE);
        const int depth = 64;
        for (var i = 0; i < depth; i++) b.LongHeader(0x0008, 0x1115, "SQ", 0xFFFFFFFF).Item(0xFFFFFFFF);
        for (var i = 0; i < depth; i++) b.ItemEnd().SequenceEnd();
        var file = await DicomFile.ReadAsync(b.ToStream());
        var level = file.Dataset;
        for (var i = 0; i < depth; i++) level = Assert.IsType<DicomSequence>(level[new DicomTag(0x0008, 0x1115)]).Items.Single();
        Assert.Equal(0, level.Count);
    }

    [Theory]
    [InlineData((byte)'Z', (byte)'Z', "'ZZ'")]
    [InlineData((byte)0x00, (byte)0x18, "0x0018")]
    [InlineData((byte)'p', (byte)'n', "'pn'")]
    public async Task Read_BogusVRCode_IsRefusedNamingTheCode(byte first, byte second, string shown)
    {
        var b = ByteBuilder.Part10(ExplicitLE).Short(0x0008, 0x0020, "DA", "20250101");
        var offset = b.Length;
        var bytes = b.Tag(0x0010, 0x0010).Raw(first, second).UInt16(4).Raw("ABCD"u8.ToArray()).ToArray();
        var ex = await Refused(bytes);
        Assert.Equal(DicomTags.PatientName, ex.Tag);
        Assert.Equal(offset, ex.Offset);
        Assert.Contains(shown, ex.Message);
    }

    [Fact]
    public async Task Read_MissingItemDelimiter_IsRefused()
    {
        var bytes = ByteBuilder.Part10(ExplicitLE)
            .LongHeader(0x0008, 0x1115, "SQ", 0xFFFFFFFF).Item(0xFFFFFFFF).Short(0x0008, 0x1150, "UI", "1.2.3.4").ToArray();
        var ex = await Refused(bytes);
        Assert.Contains("item delimiter", ex.Message);
    }

    [Fact]
    public async Task Read_MissingSequenceDelimiter_IsRefused()
    {
        var bytes = ByteBuilder.Part10(ExplicitLE)
            .LongHeader(0x0008, 0x1115, "SQ", 0xFFFFFFFF).Item(0xFFFFFFFF).Short(0x0008, 0x1150, "UI", "1.2.3.4").ItemEnd().ToArray();
        var ex = await Refused(bytes);
        Assert.Equal(new DicomTag(0x0008, 0x1115), ex.Tag);
    }

    [Fact]
    public async Task Read_WrongDelimiterInsideItem_IsRefused()
    {
        var bytes = ByteBuilder.Part10(ExplicitLE)
            .LongHeader(0x0008, 0x1115, "SQ", 0xFFFFFFFF).Item(0xFFFFFFFF).Short(0x0008, 0x1150, "UI", "1.2.3.4")
            .SequenceEnd().ToArray();
        var ex = await Refused(bytes);
        Assert.Contains("sequence delimiter", ex.Message);
        Assert.Equal(DicomTags.SequenceDelimitationItem, ex.Tag);
    }

    [Fact]
    public async Task Read_ItemDelimiterAtTopLevel_IsRefused()
    {
        var bytes = ByteBuilder.Part10(ExplicitLE).Short(0x0010, 0x0010, "PN", "Doe^John").ItemEnd().ToArray();
        var ex = await Refused(bytes);
        Assert.Contains("outside an undefined-length item", ex.Message);
    }

    [Fact]
    public async Task Read_NonItemTagInSequence_IsRefused()
    {
        var bytes = ByteBuilder.Part10(ExplicitLE)
            .LongHeader(0x0008, 0x1115, "SQ", 0xFFFFFFFF).Short(0x0008, 0x1150, "UI", "1.2.3.4").ToArray();
        var ex = await Refused(bytes);
        Assert.Contains("expected an item", ex.Message);
    }

    [Fact]
    public async Task Read_ItemLongerThanItsSequence_IsRefused()
    {
        var bytes = ByteBuilder.Part10(ExplicitLE)
            .LongHeader(0x0008, 0x1115, "SQ", 20).Item(100).Short(0x0008, 0x1150, "UI", "1.2.3.4").ToArray();
        var ex = await Refused(bytes);
        Assert.Contains("runs past the end", ex.Message);
    }

    [Fact]
    public async Task Read_ElementLongerThanItsItem_IsRefused()
    {
        var bytes = ByteBuilder.Part10(ExplicitLE)
            .LongHeader(0x0008, 0x1115, "SQ", 24).Item(16).Short(0x0008, 0x1150, "UI", "1.2.3.4.5.6.7.8.9.10").ToArray();
        var ex = await Refused(bytes);
        Assert.Equal(new DicomTag(0x0008, 0x1150), ex.Tag);
    }

    [Fact]
    public async Task Read_FragmentWithoutDelimiter_IsRefused()
    {
        var bytes = ByteBuilder.Part10("1.2.840.10008.1.2.4.50")
            .LongHeader(0x7FE0, 0x0010, "OB", 0xFFFFFFFF).Item(0).Item(4).Raw(0xFF, 0xD8, 0xFF, 0xD9).ToArray();
        var ex = await Refused(bytes);
        Assert.Equal(DicomTags.PixelData, ex.Tag);
    }

    [Fact]
    public async Task Read_NotDicomAtAll_IsRefused()
    {
        var ex = await Refused("%PDF-1.4 this is not an image at all, just text"u8.ToArray());
        Assert.Contains("not a DICOM file", ex.Message);
    }

    [Fact]
    public async Task Read_EmptyStream_IsRefused()
    {
        var ex = await Refused([]);
        Assert.Equal(0, ex.Offset);
    }

    [Fact]
    public async Task Read_CorruptDeflatedData_IsRefused()
    {
        var bytes = ByteBuilder.Part10("1.2.840.10008.1.2.1.99").Raw(0xFF, 0xFF, 0xFF, 0xFF, 0x01, 0x02, 0x03, 0x04).ToArray();
        var ex = await Refused(bytes);
        Assert.Contains("deflated", ex.Message);
    }

    [Fact]
    public async Task Read_Cancelled_StopsPromptly()
    {
        var b = ByteBuilder.Part10(ExplicitLE);
        for (var i = 0; i < 10_000; i++) b.LongHeader(0x0009, (ushort)(0x1000 + i % 0xEFFF), "UN", 0);
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DicomFile.ReadAsync(b.ToStream(), null, cts.Token));
    }
}
