using PacsLab.Dicom;
using PacsLab.Pacs.Reconcile;
using PacsLab.Pacs.Tests.Support;

namespace PacsLab.Pacs.Tests.Reconcile;

public sealed class DataSetOffsetTests
{
    [Fact]
    public async Task Find_Part10File_IsWhereTheStoreStartsHashing()
    {
        await using var bed = await PacsTestBed.CreateAsync();

        var staged = await bed.StageAsync(new TestInstance());

        Assert.Equal(staged.DataSetOffset, await DataSetOffset.OfFileAsync(staged.Path, CancellationToken.None));
    }

    [Fact]
    public async Task Find_MetaGroupWithoutGroupLength_WalksTheElements()
    {
        var file = DicomFile.Create(new TestInstance().ToDataset(), DicomTransferSyntax.ExplicitVRLittleEndian);
        using var stream = new MemoryStream();
        await file.WriteAsync(stream);
        var bytes = stream.ToArray();
        var expected = 144 + BitConverter.ToUInt32(bytes, 140);
        Array.Clear(bytes, 140, 4); // (0002,0000) says 0, wrongly

        Assert.Equal(expected, DataSetOffset.Find(bytes));
    }

    [Fact]
    public void Find_BareDataSet_IsZero()
    {
        Assert.Equal(0, DataSetOffset.Find([0x08, 0x00, 0x16, 0x00, (byte)'U', (byte)'I', 0x02, 0x00, (byte)'1', 0x00]));
    }

    [Fact]
    public void Find_CutOffMetaGroup_Throws()
    {
        var head = new byte[140];
        "DICM"u8.CopyTo(head.AsSpan(128));
        head[132] = 0x02;
        head[136] = (byte)'U';
        head[137] = (byte)'L';
        head[138] = 0x04;

        Assert.Throws<InvalidDataException>(() => DataSetOffset.Find(head));
    }
}
