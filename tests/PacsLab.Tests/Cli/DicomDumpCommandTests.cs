using System.Text.Json;
using PacsLab.Dicom;

namespace PacsLab.Tests.Cli;

public sealed class DicomDumpCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<string> WriteSmallFileAsync()
    {
        var dataset = new DicomDataset()
            .AddOrUpdate(DicomTags.SOPClassUID, DicomVR.UI, "1.2.840.10008.5.1.4.1.1.7")
            .AddOrUpdate(DicomTags.SOPInstanceUID, DicomVR.UI, "1.2.826.0.1.3680043.2.1125.7")
            .AddOrUpdate(DicomTags.Modality, DicomVR.CS, "OT")
            .AddOrUpdate(DicomTags.PatientName, DicomVR.PN, "Doe^John")
            .AddOrUpdate(DicomTags.PatientID, DicomVR.LO, "PAT-001")
            .AddOrUpdate(DicomTags.PixelData, DicomVR.OW, new byte[] { 0x01, 0x00, 0x02, 0x00 });
        var path = _folder.File("small.dcm");
        await DicomFile.Create(dataset, DicomTransferSyntax.ExplicitVRLittleEndian).SaveAsync(path);
        return path;
    }

    [Fact]
    public async Task Dump_SmallFile_PrintsMetaHeaderAndElements()
    {
        var path = await WriteSmallFileAsync();

        var run = await CommandLineRun.InvokeAsync("dicom", "dump", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        var lines = run.Output.Split(Environment.NewLine);
        Assert.Contains("# Dicom-Meta-Information-Header", lines);
        Assert.Contains("(0002,0010) UI [1.2.840.10008.1.2.1] =ExplicitVRLittleEndian #  20, 1 TransferSyntaxUID", lines);
        Assert.Contains("# Used TransferSyntax: Explicit VR Little Endian (1.2.840.10008.1.2.1)", lines);
        Assert.Contains("(0010,0010) PN [Doe^John]                               #   8, 1 PatientName", lines);
        Assert.Contains("(7fe0,0010) OW 0001\\0002                                #   4, 1 PixelData", lines);
    }

    [Fact]
    public async Task Dump_StopBeforePixels_LeavesPixelDataOut()
    {
        var path = await WriteSmallFileAsync();

        var run = await CommandLineRun.InvokeAsync("dicom", "dump", path, "--stop-before-pixels");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("PatientName", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("PixelData", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dump_MaxWidth_CutsLongValues()
    {
        var path = await WriteSmallFileAsync();

        var run = await CommandLineRun.InvokeAsync("dicom", "dump", path, "--max-width", "6");

        Assert.Contains("(0010,0010) PN [Doe^J...", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dump_Json_PrintsTheDataSetInTheDicomJsonModel()
    {
        var path = await WriteSmallFileAsync();

        var run = await CommandLineRun.InvokeAsync("dicom", "dump", path, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var name = json.RootElement.GetProperty("00100010");
        Assert.Equal("PN", name.GetProperty("vr").GetString());
        Assert.Equal("Doe^John", name.GetProperty("Value")[0].GetProperty("Alphabetic").GetString());
        Assert.Equal("AQACAA==", json.RootElement.GetProperty("7FE00010").GetProperty("InlineBinary").GetString());
        Assert.False(json.RootElement.TryGetProperty("00020010", out _), "the meta group is not part of the data set");
    }

    [Fact]
    public async Task Dump_MissingFile_ExplainsWithoutStackTraceAndFails()
    {
        var path = _folder.File("nothing-here.dcm");

        var run = await CommandLineRun.InvokeAsync("dicom", "dump", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.StartsWith($"Could not read {path}: there is no such file.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dump_FileThatIsNotDicom_AsksWhetherItIsDicomAndFails()
    {
        var path = _folder.File("notes.txt");
        await File.WriteAllTextAsync(path, "These are my notes about the CT protocol, not an image.\n");

        var run = await CommandLineRun.InvokeAsync("dicom", "dump", path);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"Could not read {path}: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("Is it a DICOM file?", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dump_TruncatedFile_SaysItIsProbablyCutShort()
    {
        var path = await WriteSmallFileAsync();
        var bytes = await File.ReadAllBytesAsync(path);
        await File.WriteAllBytesAsync(path, bytes[..^2]);

        var run = await CommandLineRun.InvokeAsync("dicom", "dump", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("probably damaged or cut short", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dump_Folder_SaysItIsAFolder()
    {
        var run = await CommandLineRun.InvokeAsync("dicom", "dump", _folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("it is a folder, not a file", run.Error, StringComparison.Ordinal);
    }
}
