namespace PacsLab.Dicom.Tests.IO;

[CollectionDefinition(nameof(AllocationTests), DisableParallelization = true)]
public sealed class AllocationTestsCollection;

/// <summary>
/// Allocation checks, measured process-wide, so they run alone: a length field must never drive an allocation larger
/// than the bytes that are there, and a large value is held once. The 200 MB target is shown in bench/.
/// </summary>
[Collection(nameof(AllocationTests))]
public class AllocationTests
{
    private const string ExplicitLE = "1.2.840.10008.1.2.1";

    [Fact]
    public async Task Read_LengthPastEnd_RefusedBeforeAllocating()
    {
        var b = ByteBuilder.Part10(ExplicitLE);
        var offset = b.Length;
        var bytes = b.LongHeader(0x7FE0, 0x0010, "OB", 0x7FFF_FFF0).Raw(1, 2, 3, 4).ToArray();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var ex = await BadInputTests.Refused(bytes);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.Equal(DicomTags.PixelData, ex.Tag);
        Assert.Equal(offset, ex.Offset);
        Assert.True(allocated < 16 * 1024 * 1024, $"allocated {allocated} bytes for a 4-byte value");
    }

    [Fact]
    public async Task Read_LengthPastEndOnStreamOfUnknownLength_AllocatesOnlyWhatArrives()
    {
        var bytes = ByteBuilder.Part10(ExplicitLE).LongHeader(0x7FE0, 0x0010, "OB", 0x7FFF_FFF0).Raw(new byte[1000]).ToArray();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var ex = await BadInputTests.Refused(bytes, new NonSeekableStream(new MemoryStream(bytes)));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.Equal(DicomTags.PixelData, ex.Tag);
        Assert.True(allocated < 32 * 1024 * 1024, $"allocated {allocated} bytes for a 1000-byte value that claimed 2 GB");
    }

    [Fact]
    public async Task Read_LargePixelData_HoldsTheValueWithoutExtraCopies()
    {
        var ds = SampleDatasets.Rich();
        var size = 64 * 1024 * 1024;
        ds.AddOrUpdate(DicomTags.PixelData, DicomVR.OB, new byte[size]);
        var path = Path.Combine(Path.GetTempPath(), $"pacslab-large-{Guid.NewGuid():N}.dcm");
        try
        {
            await DicomFile.Create(ds, DicomTransferSyntax.ExplicitVRLittleEndian).SaveAsync(path);
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var file = await DicomFile.OpenAsync(path);
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            Assert.Equal(size, Assert.IsType<DicomElement>(file.Dataset[DicomTags.PixelData]).Length);
            Assert.True(allocated < size * 1.5, $"allocated {allocated} bytes to read a {size}-byte value");
        }
        finally
        {
            File.Delete(path);
        }
    }

}
