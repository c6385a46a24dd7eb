using PacsLab.Dicom;
using PacsLab.TestKit;

namespace PacsLab.Tests.Cli;

public sealed class DicomGetCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Get_Out_WritesEachMatchAsItsUidDotDcm()
    {
        await using var archive = new ScpHarness();
        var seeded = await QueryRetrieveSeed.AddStudyAsync(archive, "P7", "1.2.3.7", 2);
        await QueryRetrieveSeed.AddStudyAsync(archive, "P8", "1.2.3.8", 1);
        var folder = Path.Combine(_folder.Path, "retrieved");

        var run = await CommandLineRun.InvokeAsync("dicom", "get", "-aec", "PACSLAB", "127.0.0.1", $"{archive.Port}",
            "-k", "PatientID=P7", "--out", folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.Equal(seeded.Select(uid => $"{uid}.dcm").Order(StringComparer.Ordinal),
            Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var uid in seeded)
        {
            var path = Path.Combine(folder, $"{uid}.dcm");
            var file = await DicomFile.OpenAsync(path);
            Assert.Equal(uid, file.Dataset.GetString(DicomTags.SOPInstanceUID));
            Assert.Equal(uid, file.FileMetaInformation.GetString(DicomTags.MediaStorageSOPInstanceUID));
            Assert.Equal("P7", file.Dataset.GetString(DicomTags.PatientID));
            Assert.Equal("PACSLAB", file.FileMetaInformation.GetString(DicomTags.SourceApplicationEntityTitle));
            Assert.Contains($"C-STORE {uid} (CT Image Storage): written to {path}", run.Output, StringComparison.Ordinal);
        }
        Assert.Contains("C-GET from PACSLAB: success (status 0x0000); completed 2, failed 0, warning 0", run.Output, StringComparison.Ordinal);
        Assert.EndsWith($"2 files written to {folder}" + Environment.NewLine, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UidThatIsNotAUid_IsNotUsedAsAPath()
    {
        await using var archive = new ScpHarness();
        await QueryRetrieveSeed.AddStudyAsync(archive, "P9", "1.2.3.9", 1, sopInstanceUid: "../../escaped");
        var folder = Path.Combine(_folder.Path, "inside");

        var run = await CommandLineRun.InvokeAsync("dicom", "get", "-aec", "PACSLAB", "127.0.0.1", $"{archive.Port}",
            "-k", "PatientID=P9", "--out", folder);

        Assert.Equal(0, run.ExitCode);
        var written = Assert.Single(Directory.GetFiles(folder));
        Assert.StartsWith("unnamed-", Path.GetFileName(written), StringComparison.Ordinal);
        Assert.Equal([folder], Directory.GetFileSystemEntries(_folder.Path));
        Assert.Contains("C-STORE with SOP Instance UID '../../escaped' (CT Image Storage), not a valid UID (PS3.5 9.1)", run.Output, StringComparison.Ordinal);
        Assert.Equal("../../escaped", (await DicomFile.OpenAsync(written)).Dataset.GetString(DicomTags.SOPInstanceUID));
    }

    [Fact]
    public async Task Get_NoMatch_WritesNothingAndSaysWhy()
    {
        await using var archive = new ScpHarness();
        await QueryRetrieveSeed.AddStudyAsync(archive, "P7", "1.2.3.7", 1);

        var run = await CommandLineRun.InvokeAsync("dicom", "get", "-aec", "PACSLAB", "127.0.0.1", $"{archive.Port}",
            "-k", "PatientID=NOBODY", "--out", _folder.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("no instance matched the keys, so nothing was sent", run.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public async Task Get_OutThatIsAFile_FailsBeforeConnecting()
    {
        var notAFolder = _folder.File("plain.txt");
        await File.WriteAllTextAsync(notAFolder, "x");

        var run = await CommandLineRun.InvokeAsync("dicom", "get", "127.0.0.1", "104", "-k", "PatientID=P7", "--out", notAFolder);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"Nothing retrieved: cannot use {notAFolder} as the folder for the files", run.Error, StringComparison.Ordinal);
    }
}
