using PacsLab.Dicom;
using PacsLab.Pacs.Network;
using PacsLab.Pacs.Reconcile;
using PacsLab.Pacs.Tests.Support;
using PacsLab.TestKit;

namespace PacsLab.Pacs.Tests.Network;

/// <summary>Where C-MOVE starts sending an archived file's bytes: right after its meta group, however long that is.</summary>
public sealed class RetrieveFileStartTests
{
    private static readonly DicomTag PrivateInformation = new(0x0002, 0x0102);

    private static async Task<(long Found, long Expected)> StartOfAsync(DicomFile file)
    {
        using var folder = new TempDirectory();
        var path = folder.File("instance.dcm");
        await file.SaveAsync(path);
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 0, FileOptions.Asynchronous);
        return (await PacsRetrieveHandler.DataSetStartAsync(stream, CancellationToken.None), await DataSetOffset.OfFileAsync(path, CancellationToken.None));
    }

    [Fact]
    public async Task DataSetStart_UsualMetaGroup_IsWhereTheDataSetBegins()
    {
        var (found, expected) = await StartOfAsync(DicomFile.Create(new TestInstance().ToDataset(), DicomTransferSyntax.ExplicitVRLittleEndian));

        Assert.Equal(expected, found);
        Assert.InRange(found, 132, 4095);
    }

    [Theory]
    [InlineData(3900)]
    [InlineData(3958)]
    [InlineData(6000)]
    [InlineData(20000)]
    public async Task DataSetStart_MetaGroupLongerThanTheFirstRead_IsStillFound(int privateBytes)
    {
        var file = DicomFile.Create(new TestInstance().ToDataset(), DicomTransferSyntax.ExplicitVRLittleEndian);
        file.FileMetaInformation.AddOrUpdate(new DicomTag(0x0002, 0x0100), DicomVR.UI, "1.2.826.0.1.3680043.10.99");
        file.FileMetaInformation.AddOrUpdate(PrivateInformation, DicomVR.OB, new byte[privateBytes]);

        var (found, expected) = await StartOfAsync(file);

        Assert.Equal(expected, found);
        Assert.True(found > privateBytes);
    }

    [Fact]
    public async Task DataSetStart_SmallFileWithEmptyDataSet_IsItsEnd()
    {
        var (found, expected) = await StartOfAsync(DicomFile.Create(new DicomDataset(), DicomTransferSyntax.ExplicitVRLittleEndian));

        Assert.Equal(expected, found);
    }
}
