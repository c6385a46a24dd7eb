using static PacsLab.Dicom.Imaging.Tests.TestImages;

namespace PacsLab.Dicom.Imaging.Tests;

/// <summary>Pixel data that went through the toolkit's Part 10 writer and reader in each native syntax renders the same.</summary>
public class TransferSyntaxTests
{
    public static TheoryData<string> NativeSyntaxes => new()
    {
        DicomTransferSyntax.ImplicitVRLittleEndian.Uid,
        DicomTransferSyntax.ExplicitVRLittleEndian.Uid,
        DicomTransferSyntax.DeflatedExplicitVRLittleEndian.Uid,
        DicomTransferSyntax.ExplicitVRBigEndian.Uid,
    };

    [Theory]
    [MemberData(nameof(NativeSyntaxes))]
    public async Task NativeSyntax_Signed16BitImage_RendersLikeTheOriginal(string uid)
    {
        var original = Monochrome16(2, 3, [-1000, -1, 0, 1, 500, 32767], signed: true);
        original.AddOrUpdate(PixelTags.RescaleIntercept, DicomVR.DS, "0");
        var expected = RenderGray(original);

        var file = await RoundTrip(original, DicomTransferSyntax.FromUid(uid));
        using var image = DicomImageRenderer.Render(file);
        Assert.Equal(expected, Gray(image));
    }

    [Theory]
    [MemberData(nameof(NativeSyntaxes))]
    public async Task NativeSyntax_RgbImage_RendersLikeTheOriginal(string uid)
    {
        var original = Color8(1, 3, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
        var file = await RoundTrip(original, DicomTransferSyntax.FromUid(uid));
        using var image = DicomImageRenderer.Render(file);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9], Rgb(image).SelectMany(p => new[] { p.R, p.G, p.B }));
    }

    [Fact]
    public void BigEndianOB16Bit_HasNoDefinedByteOrder_AndIsRefused()
    {
        var ds = PixelModule(1, 1, "MONOCHROME2");
        ds.AddOrUpdate(DicomTags.PixelData, DicomVR.OB, new byte[] { 1, 2 });
        var ex = RenderFails(ds, new RenderOptions { TransferSyntax = DicomTransferSyntax.ExplicitVRBigEndian });
        Assert.Equal(DicomImagingError.InvalidPixelModule, ex.Error);
        Assert.Contains("OW", ex.Message);
    }

    private static async Task<DicomFile> RoundTrip(DicomDataset dataset, DicomTransferSyntax syntax)
    {
        using var stream = new MemoryStream();
        await DicomFile.Create(dataset, syntax).WriteAsync(stream);
        stream.Position = 0;
        var file = await DicomFile.ReadAsync(stream);
        Assert.Equal(syntax.Uid, file.TransferSyntax.Uid);
        return file;
    }
}
