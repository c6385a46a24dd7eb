using static PacsLab.Dicom.Imaging.Tests.TestImages;

namespace PacsLab.Dicom.Imaging.Tests;

public class RenderErrorTests
{
    [Fact]
    public void NoPixelData_SaysThereIsNoImageAndWhatTheObjectIs()
    {
        var ds = new DicomDataset();
        ds.AddOrUpdate(DicomTags.SOPClassUID, DicomVR.UI, "1.2.840.10008.5.1.4.1.1.88.11");
        var ex = RenderFails(ds);
        Assert.Equal(DicomImagingError.MissingPixelData, ex.Error);
        Assert.Contains("(7FE0,0010)", ex.Message);
        Assert.Contains("Basic Text SR", ex.Message);
    }

    [Fact]
    public void FloatPixelData_IsRefused()
    {
        var ds = PixelModule(1, 1, "MONOCHROME2", bitsAllocated: 32);
        ds.AddOrUpdate(DicomTags.FloatPixelData, DicomVR.OF, new byte[4]);
        Assert.Equal(DicomImagingError.UnsupportedPixelFormat, RenderFails(ds).Error);
    }

    [Theory]
    [InlineData("1.2.840.10008.1.2.4.90", "JPEG 2000")]
    [InlineData("1.2.840.10008.1.2.4.91", "JPEG 2000")]
    [InlineData("1.2.840.10008.1.2.4.70", "JPEG Lossless")]
    [InlineData("1.2.840.10008.1.2.4.80", "JPEG-LS")]
    [InlineData("1.2.840.10008.1.2.5", "RLE")]
    [InlineData("1.2.840.10008.1.2.4.51", "JPEG Extended")]
    public void OtherCompressedSyntaxes_AreRefusedByName(string uid, string name)
    {
        var ds = JpegBaselineTests.Encapsulated(1, "MONOCHROME2", [[0xFF, 0x4F, 0xFF, 0x51]]);
        var ex = RenderFails(ds, new RenderOptions { TransferSyntax = DicomTransferSyntax.FromUid(uid) });
        Assert.Equal(DicomImagingError.UnsupportedTransferSyntax, ex.Error);
        Assert.Contains(name, ex.Message);
        Assert.Contains($"({uid})", ex.Message);
        Assert.Contains("which PacsLab cannot decode", ex.Message);
    }

    [Fact]
    public void Jpeg2000Codestream_WithoutKnownSyntax_IsRecognisedAndRefused()
    {
        var ds = JpegBaselineTests.Encapsulated(1, "MONOCHROME2", [[0xFF, 0x4F, 0xFF, 0x51, 0, 0]]);
        var ex = RenderFails(ds);
        Assert.Equal(DicomImagingError.UnsupportedTransferSyntax, ex.Error);
        Assert.Contains("JPEG 2000", ex.Message);
    }

    [Fact]
    public void UnrecognisedFragments_WithoutKnownSyntax_AskForTheSyntax()
    {
        var ds = JpegBaselineTests.Encapsulated(1, "MONOCHROME2", [[1, 2, 3, 4]]);
        var ex = RenderFails(ds);
        Assert.Equal(DicomImagingError.UnsupportedTransferSyntax, ex.Error);
        Assert.Contains("RenderOptions.TransferSyntax", ex.Message);
    }

    [Fact]
    public void FragmentsWithoutOffsetTable_MoreFragmentsThanFrames_AreReported()
    {
        var ds = JpegBaselineTests.Encapsulated(1, "MONOCHROME2", [[1, 2], [3, 4], [5, 6]], frames: 2);
        var ex = RenderFails(ds, new RenderOptions { TransferSyntax = DicomTransferSyntax.JpegBaseline });
        Assert.Equal(DicomImagingError.CorruptCompressedData, ex.Error);
        Assert.Contains("3 fragments for 2 frames", ex.Message);
    }

    [Fact]
    public void NativeSyntaxWithFragments_IsReported()
    {
        var ds = JpegBaselineTests.Encapsulated(1, "MONOCHROME2", [[1, 2]]);
        var ex = RenderFails(ds, new RenderOptions { TransferSyntax = DicomTransferSyntax.ExplicitVRLittleEndian });
        Assert.Equal(DicomImagingError.CorruptCompressedData, ex.Error);
    }

    [Fact]
    public void CompressedSyntaxWithNativePixelData_IsReported()
    {
        var ex = RenderFails(Monochrome8(1, 2, [1, 2]), new RenderOptions { TransferSyntax = DicomTransferSyntax.Jpeg2000Lossless });
        Assert.Equal(DicomImagingError.CorruptCompressedData, ex.Error);
    }

    [Fact]
    public void FewerBytesThanTheFramesNeed_SaysHowManyAreMissing()
    {
        // 4 x 4 x 16 bits x 3 frames = 96 bytes; with 94 only the last frame is short, yet the whole object is refused.
        var ds = PixelModule(4, 4, "MONOCHROME2", frames: 3);
        ds.AddOrUpdate(DicomTags.PixelData, DicomVR.OW, new byte[94]);
        var ex = RenderFails(ds);
        Assert.Equal(DicomImagingError.PixelDataTooShort, ex.Error);
        Assert.Contains("94 bytes", ex.Message);
        Assert.Contains("needs 96", ex.Message);
    }

    [Fact]
    public void EmptyPixelData_IsReportedAsTooShort()
    {
        var ds = PixelModule(4, 4, "MONOCHROME2");
        ds.AddOrUpdate(DicomTags.PixelData, DicomVR.OW, Array.Empty<byte>());
        Assert.Equal(DicomImagingError.PixelDataTooShort, RenderFails(ds).Error);
    }

    [Fact]
    public void ShortColourData_IsReportedNotIndexedOutOfRange()
    {
        var ds = PixelModule(2, 2, "RGB", samplesPerPixel: 3, bitsAllocated: 8, planar: 1);
        ds.AddOrUpdate(DicomTags.PixelData, DicomVR.OB, new byte[11]);
        Assert.Equal(DicomImagingError.PixelDataTooShort, RenderFails(ds).Error);
    }

    [Fact]
    public void MissingRows_NamesTheAttribute()
    {
        var ds = Monochrome8(2, 2, [1, 2, 3, 4]);
        ds.Remove(PixelTags.Rows);
        var ex = RenderFails(ds);
        Assert.Equal(DicomImagingError.InvalidPixelModule, ex.Error);
        Assert.Contains("Rows (0028,0010)", ex.Message);
    }

    [Theory]
    [InlineData(16, 17, 16)]
    [InlineData(16, 12, 10)]
    [InlineData(16, 12, 16)]
    public void InconsistentBits_AreReported(int allocated, int stored, int highBit)
    {
        var ds = PixelModule(1, 1, "MONOCHROME2", bitsAllocated: allocated, bitsStored: stored, highBit: highBit);
        ds.AddOrUpdate(DicomTags.PixelData, DicomVR.OW, new byte[2]);
        Assert.Equal(DicomImagingError.InvalidPixelModule, RenderFails(ds).Error);
    }

    [Fact]
    public void BitsAllocated32_IsUnsupported()
    {
        var ds = PixelModule(1, 1, "MONOCHROME2", bitsAllocated: 32);
        ds.AddOrUpdate(DicomTags.PixelData, DicomVR.OW, new byte[4]);
        var ex = RenderFails(ds);
        Assert.Equal(DicomImagingError.UnsupportedPixelFormat, ex.Error);
        Assert.Contains("Bits Allocated", ex.Message);
    }

    [Fact]
    public void UnsupportedPhotometricInterpretation_ListsWhatIsSupported()
    {
        var ds = PixelModule(1, 2, "YBR_PARTIAL_420", samplesPerPixel: 3, bitsAllocated: 8);
        ds.AddOrUpdate(DicomTags.PixelData, DicomVR.OB, new byte[6]);
        var ex = RenderFails(ds);
        Assert.Equal(DicomImagingError.UnsupportedPixelFormat, ex.Error);
        Assert.Contains("YBR_PARTIAL_420", ex.Message);
        Assert.Contains("MONOCHROME2", ex.Message);
    }

    [Fact]
    public void SamplesPerPixelNotMatchingPhotometric_IsReported()
    {
        var ds = PixelModule(1, 1, "RGB", samplesPerPixel: 1, bitsAllocated: 8);
        ds.AddOrUpdate(DicomTags.PixelData, DicomVR.OB, new byte[2]);
        Assert.Equal(DicomImagingError.InvalidPixelModule, RenderFails(ds).Error);
    }

    [Fact]
    public void YbrFull422WithOddColumns_IsReported()
    {
        var ds = PixelModule(1, 3, "YBR_FULL_422", samplesPerPixel: 3, bitsAllocated: 8);
        ds.AddOrUpdate(DicomTags.PixelData, DicomVR.OB, new byte[6]);
        Assert.Equal(DicomImagingError.InvalidPixelModule, RenderFails(ds).Error);
    }

    [Fact]
    public void PaletteWithoutLookupTables_IsReported()
    {
        var ds = PixelModule(1, 2, "PALETTE COLOR", bitsAllocated: 8);
        ds.AddOrUpdate(DicomTags.PixelData, DicomVR.OB, new byte[2]);
        var ex = RenderFails(ds);
        Assert.Equal(DicomImagingError.InvalidPixelModule, ex.Error);
        Assert.Contains("(0028,1101)", ex.Message);
    }

    [Fact]
    public void PaletteDataShorterThanItsDescriptor_IsReported()
    {
        var ds = PixelModule(1, 2, "PALETTE COLOR", bitsAllocated: 8);
        foreach (var (d, t) in new[] { (PixelTags.RedPaletteDescriptor, PixelTags.RedPaletteData), (PixelTags.GreenPaletteDescriptor, PixelTags.GreenPaletteData), (PixelTags.BluePaletteDescriptor, PixelTags.BluePaletteData) })
        {
            ds.AddOrUpdate(d, DicomVR.US, 256, 0, 16);
            ds.AddOrUpdate(t, DicomVR.OW, new byte[100]);
        }
        ds.AddOrUpdate(DicomTags.PixelData, DicomVR.OB, new byte[2]);
        var ex = RenderFails(ds);
        Assert.Equal(DicomImagingError.InvalidPixelModule, ex.Error);
        Assert.Contains("100 bytes", ex.Message);
    }

    [Theory]
    [InlineData(40.0, null)]
    [InlineData(null, 400.0)]
    public void HalfAWindow_IsAnInvalidOption(double? center, double? width) =>
        Assert.Equal(DicomImagingError.InvalidRenderOptions, RenderFails(Monochrome8(1, 1, [0]), new RenderOptions { WindowCenter = center, WindowWidth = width }).Error);

    [Fact]
    public void WindowWidthBelowOne_IsAnInvalidOptionForLinear()
    {
        var ex = RenderFails(Monochrome8(1, 1, [0]), new RenderOptions { WindowCenter = 40, WindowWidth = 0.5 });
        Assert.Equal(DicomImagingError.InvalidRenderOptions, ex.Error);
        Assert.Contains("at least 1", ex.Message);
    }

    [Fact]
    public void NullDataset_IsAnArgumentError() =>
        Assert.Throws<ArgumentNullException>(() => DicomImageRenderer.Render((DicomDataset)null!));
}
