using static PacsLab.Dicom.Imaging.Tests.TestImages;

namespace PacsLab.Dicom.Imaging.Tests;

public class MonochromeRenderingTests
{
    [Fact]
    public void DatasetWindow_EndpointsAndCentre_FollowTheLinearFormula()
    {
        var ds = Monochrome16(1, 6, [799, 800, 801, 1000, 1200, 1201]);
        ds.AddOrUpdate(PixelTags.WindowCenter, DicomVR.DS, "1000.5");
        ds.AddOrUpdate(PixelTags.WindowWidth, DicomVR.DS, "401");
        Assert.Equal([0, 0, 1, 128, 255, 255], RenderGray(ds));
    }

    [Fact]
    public void DatasetWindow_FirstOfSeveralValuesIsUsed()
    {
        var ds = Monochrome16(1, 3, [800, 1000, 1200]);
        ds.AddOrUpdate(PixelTags.WindowCenter, DicomVR.DS, "1000.5", "40");
        ds.AddOrUpdate(PixelTags.WindowWidth, DicomVR.DS, "401", "400");
        Assert.Equal([0, 128, 255], RenderGray(ds));
    }

    [Fact]
    public void Rescale_IsAppliedBeforeWindowing_CtStored1024IsZeroHu()
    {
        var ds = Monochrome16(1, 4, [0, 1024, 1064, 3000], bitsStored: 12);
        ds.AddOrUpdate(PixelTags.RescaleIntercept, DicomVR.DS, "-1024");
        ds.AddOrUpdate(PixelTags.RescaleSlope, DicomVR.DS, "1");
        ds.AddOrUpdate(PixelTags.WindowCenter, DicomVR.DS, "40");
        ds.AddOrUpdate(PixelTags.WindowWidth, DicomVR.DS, "400");
        // -1024 HU, 0 HU -> ((0 - 39.5) / 399 + 0.5) * 255 = 102.3, 40 HU -> 127.8, 1976 HU
        Assert.Equal([0, 102, 128, 255], RenderGray(ds));
    }

    [Fact]
    public void ModalityLut_Rescale_GivesHounsfieldUnits()
    {
        var ds = Monochrome16(1, 1, [1024]);
        ds.AddOrUpdate(PixelTags.RescaleIntercept, DicomVR.DS, "-1024");
        ds.AddOrUpdate(PixelTags.RescaleSlope, DicomVR.DS, "2");
        var lut = ModalityLut.For(ds, 0, signedInput: false);
        Assert.Equal(1024.0, lut.Apply(1024));
        Assert.Equal(-1024.0, lut.Apply(0));
    }

    [Fact]
    public void Signed12BitIn16_GarbageInHighBits_IsMaskedAndSignExtended()
    {
        var ds = Monochrome16(1, 4, [0xA800, 0x57FF, 0xC000, 0x0FFF], bitsStored: 12, signed: true);
        var layout = PixelLayout.Read(ds);
        var frame = new FrameData(((DicomElement)ds[DicomTags.PixelData]!).Value, 0, layout);
        Assert.Equal([-2048, 2047, 0, -1], SampleReader.Read(frame, signed: true));
        // The full range -2048..2047 spans black to white; 0 and -1 sit either side of the middle.
        Assert.Equal([0, 255, 128, 127], RenderGray(ds));
    }

    [Fact]
    public void HighBitBelowTheTop_StoredBitsAreShiftedDown()
    {
        var ds = Monochrome16(1, 2, [0x123F, 0xFFF0], bitsStored: 12, highBit: 15);
        var frame = new FrameData(((DicomElement)ds[DicomTags.PixelData]!).Value, 0, PixelLayout.Read(ds));
        Assert.Equal([0x123, 0xFFF], SampleReader.Read(frame, signed: false));
    }

    [Fact]
    public void Monochrome1_IsInvertedRelativeToMonochrome2()
    {
        byte[] values = [0, 17, 100, 128, 200, 255];
        var m2 = RenderGray(Monochrome8(2, 3, values, "MONOCHROME2"), IdentityWindow);
        var m1 = RenderGray(Monochrome8(2, 3, values, "MONOCHROME1"), IdentityWindow);
        Assert.Equal(values, m2);
        Assert.Equal(values.Select(v => (byte)(255 - v)), m1);
    }

    [Fact]
    public void NoWindow_UsesTheFramesMinimumAndMaximum()
    {
        Assert.Equal([0, 85, 170, 255], RenderGray(Monochrome16(2, 2, [10, 20, 30, 40])));
    }

    [Fact]
    public void IgnoreDatasetVoi_SkipsTheDatasetWindow()
    {
        var ds = Monochrome16(2, 2, [10, 20, 30, 40]);
        ds.AddOrUpdate(PixelTags.WindowCenter, DicomVR.DS, "1000");
        ds.AddOrUpdate(PixelTags.WindowWidth, DicomVR.DS, "10");
        Assert.Equal([0, 0, 0, 0], RenderGray(ds));
        Assert.Equal([0, 85, 170, 255], RenderGray(ds, new RenderOptions { IgnoreDatasetVoi = true }));
    }

    [Fact]
    public void OptionsWindow_OverridesTheDatasetWindow()
    {
        var ds = Monochrome8(1, 3, [0, 100, 255]);
        ds.AddOrUpdate(PixelTags.WindowCenter, DicomVR.DS, "10");
        ds.AddOrUpdate(PixelTags.WindowWidth, DicomVR.DS, "2");
        Assert.Equal([0, 100, 255], RenderGray(ds, IdentityWindow));
    }

    [Fact]
    public void DatasetWindowWithZeroWidth_IsIgnored()
    {
        var ds = Monochrome16(1, 2, [5, 7]);
        ds.AddOrUpdate(PixelTags.WindowCenter, DicomVR.DS, "6");
        ds.AddOrUpdate(PixelTags.WindowWidth, DicomVR.DS, "0");
        Assert.Equal([0, 255], RenderGray(ds));
    }

    [Fact]
    public void DatasetVoiLutFunction_LinearExact_IsApplied()
    {
        var ds = Monochrome16(1, 3, [0, 50, 100]);
        ds.AddOrUpdate(PixelTags.WindowCenter, DicomVR.DS, "100");
        ds.AddOrUpdate(PixelTags.WindowWidth, DicomVR.DS, "200");
        ds.AddOrUpdate(PixelTags.VoiLutFunction, DicomVR.CS, "LINEAR_EXACT");
        Assert.Equal([0, 64, 128], RenderGray(ds));
    }

    [Fact]
    public void OptionsVoiFunction_Sigmoid_IsApplied()
    {
        var ds = Monochrome16(1, 3, [0, 50, 100]);
        var options = new RenderOptions { WindowCenter = 50, WindowWidth = 100, VoiFunction = VoiLutFunction.Sigmoid };
        Assert.Equal([30, 128, 225], RenderGray(ds, options));
    }

    [Fact]
    public void ModalityLutSequence_MapsStoredValues()
    {
        var ds = Monochrome16(1, 5, [0, 1, 2, 3, 9]);
        var item = new DicomDataset();
        item.AddOrUpdate(PixelTags.LutDescriptor, DicomVR.US, 4, 0, 16);
        item.AddOrUpdate(PixelTags.LutData, DicomVR.US, 0, 10, 20, 255);
        ds.AddOrUpdate(new DicomSequence(PixelTags.ModalityLutSequence, item));
        Assert.Equal([0, 10, 20, 255, 255], RenderGray(ds, IdentityWindow));
    }

    [Fact]
    public void VoiLutSequence_IsUsedWhenThereIsNoWindow()
    {
        var ds = Monochrome16(1, 5, [100, 101, 102, 103, 50]);
        var item = new DicomDataset();
        item.AddOrUpdate(PixelTags.LutDescriptor, DicomVR.US, 4, 100, 8);
        item.AddOrUpdate(PixelTags.LutData, DicomVR.US, 0, 64, 128, 255);
        ds.AddOrUpdate(new DicomSequence(PixelTags.VoiLutSequence, item));
        Assert.Equal([0, 64, 128, 255, 0], RenderGray(ds));
    }

    [Fact]
    public void EnhancedMultiFrame_PerFrameWindowAndSharedRescale_AreUsed()
    {
        var ds = Monochrome16(1, 2, [1000, 1100, 1000, 1100], frames: 2);
        var rescale = new DicomDataset();
        rescale.AddOrUpdate(PixelTags.RescaleIntercept, DicomVR.DS, "-1000");
        rescale.AddOrUpdate(PixelTags.RescaleSlope, DicomVR.DS, "1");
        var shared = new DicomDataset();
        shared.AddOrUpdate(new DicomSequence(PixelTags.PixelValueTransformationSequence, rescale));
        ds.AddOrUpdate(new DicomSequence(PixelTags.SharedFunctionalGroups, shared));
        ds.AddOrUpdate(new DicomSequence(PixelTags.PerFrameFunctionalGroups, FrameWindow(128, 256), FrameWindow(50.5, 101)));

        Assert.Equal([0, 100], RenderGray(ds));
        Assert.Equal([0, 255], RenderGray(ds, new RenderOptions { FrameIndex = 1 }));
    }

    [Fact]
    public void OneBitPixels_ArePackedLeastSignificantBitFirst_AcrossFrames()
    {
        var ds = PixelModule(2, 4, "MONOCHROME2", bitsAllocated: 1, frames: 2);
        ds.AddOrUpdate(DicomTags.PixelData, DicomVR.OB, new byte[] { 0b1010_0101, 0x0F });
        Assert.Equal([255, 0, 255, 0, 0, 255, 0, 255], RenderGray(ds));
        Assert.Equal([255, 255, 255, 255, 0, 0, 0, 0], RenderGray(ds, new RenderOptions { FrameIndex = 1 }));
    }

    private static DicomDataset FrameWindow(double center, double width)
    {
        var voi = new DicomDataset();
        voi.AddOrUpdate(PixelTags.WindowCenter, DicomVR.DS, center);
        voi.AddOrUpdate(PixelTags.WindowWidth, DicomVR.DS, width);
        var frame = new DicomDataset();
        frame.AddOrUpdate(new DicomSequence(PixelTags.FrameVoiLutSequence, voi));
        return frame;
    }
}
