using PacsLab.Dicom;
using PacsLab.Dicom.Network.Association;
using PacsLab.TestKit;

namespace PacsLab.Tests.Cli;

public sealed class DicomStoreCommandTests : IDisposable
{
    private const string CtImageStorage = "1.2.840.10008.5.1.4.1.1.2";
    private const string MrImageStorage = "1.2.840.10008.5.1.4.1.1.4";

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>A small image file made by the toolkit; returns its SOP Instance UID.</summary>
    private static async Task<string> WriteImageAsync(string path, string sopClass, DicomTransferSyntax syntax)
    {
        var uid = DicomUidGenerator.Generate();
        var dataset = new DicomDataset()
            .AddOrUpdate(DicomTags.SOPClassUID, DicomVR.UI, sopClass)
            .AddOrUpdate(DicomTags.SOPInstanceUID, DicomVR.UI, uid)
            .AddOrUpdate(DicomTags.PatientName, DicomVR.PN, "Store^Test")
            .AddOrUpdate(DicomTags.PatientID, DicomVR.LO, "ST-1")
            .AddOrUpdate(DicomTags.PixelData, DicomVR.OW, new byte[] { 1, 0, 2, 0, 3, 0, 4, 0 });
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await DicomFile.Create(dataset, syntax).SaveAsync(path);
        return uid;
    }

    private static async Task<List<string>> StoredUidsAsync(ScpHarness scp)
    {
        var uids = new List<string>();
        foreach (var path in scp.StoredFiles) uids.Add((await DicomFile.OpenAsync(path)).Dataset.GetString(DicomTags.SOPInstanceUID) ?? "(none)");
        return uids.Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public async Task Store_FolderWithThreeImagesAndANote_SendsTheImagesAndSkipsTheNote()
    {
        await using var scp = new ScpHarness();
        var sent = new List<string>
        {
            await WriteImageAsync(_folder.File("ct1.dcm"), CtImageStorage, DicomTransferSyntax.ExplicitVRLittleEndian),
            await WriteImageAsync(_folder.File("ct2.dcm"), CtImageStorage, DicomTransferSyntax.ImplicitVRLittleEndian),
            await WriteImageAsync(Path.Combine(_folder.Path, "series2", "mr1.dcm"), MrImageStorage, DicomTransferSyntax.ExplicitVRBigEndian),
        };
        await File.WriteAllTextAsync(_folder.File("notes.txt"), "Patient moved during the second series.\n");

        var run = await CommandLineRun.InvokeAsync("dicom", "store", "-aec", "PACSLAB", "127.0.0.1", $"{scp.Port}", _folder.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.Contains($"{_folder.File("notes.txt")}: skipped, not a DICOM file", run.Output, StringComparison.Ordinal);
        Assert.Contains($"C-STORE {_folder.File("ct1.dcm")}: success (status 0x0000)", run.Output, StringComparison.Ordinal);
        Assert.Contains($"C-STORE {Path.Combine(_folder.Path, "series2", "mr1.dcm")}: success (status 0x0000)", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("3 sent, 0 failed, 1 skipped" + Environment.NewLine, run.Output, StringComparison.Ordinal);
        Assert.Equal(sent.Order(StringComparer.Ordinal).ToList(), await StoredUidsAsync(scp));
        var record = await scp.NextRecordAsync();
        Assert.Equal("PACSLAB_SCU", record.CallingAeTitle);
        Assert.Equal(3, record.AcceptedContexts.Count);
    }

    [Fact]
    public async Task Store_SopClassThePeerDoesNotTake_FailsThatFileAndSendsTheRest()
    {
        await using var scp = new ScpHarness();
        var ct = await WriteImageAsync(_folder.File("ct.dcm"), CtImageStorage, DicomTransferSyntax.ExplicitVRLittleEndian);
        await WriteImageAsync(_folder.File("odd.dcm"), "1.2.826.0.1.3680043.2.1125.99.1", DicomTransferSyntax.ExplicitVRLittleEndian);

        var run = await CommandLineRun.InvokeAsync("dicom", "store", "-aec", "PACSLAB", "127.0.0.1", $"{scp.Port}",
            _folder.File("ct.dcm"), _folder.File("odd.dcm"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"C-STORE {_folder.File("odd.dcm")}: not sent: the peer accepted no presentation context for SOP class 1.2.826.0.1.3680043.2.1125.99.1",
            run.Output, StringComparison.Ordinal);
        Assert.EndsWith("1 sent, 1 failed" + Environment.NewLine, run.Output, StringComparison.Ordinal);
        Assert.Equal([ct], await StoredUidsAsync(scp));
    }

    [Fact]
    public async Task Store_CallingAeTheScpDoesNotKnow_FailsNamingTheAeAndReason3()
    {
        await using var scp = new ScpHarness(ScpHarness.AcceptAll(checkCallingAe: true, new KnownPeer("KNOWN")));
        await WriteImageAsync(_folder.File("ct.dcm"), CtImageStorage, DicomTransferSyntax.ExplicitVRLittleEndian);

        var run = await CommandLineRun.InvokeAsync("dicom", "store", "-aet", "STRANGER", "-aec", "PACSLAB", "127.0.0.1", $"{scp.Port}", _folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("as STRANGER failed: Association rejected", run.Error, StringComparison.Ordinal);
        Assert.Contains("source 1, reason 3", run.Error, StringComparison.Ordinal);
        Assert.EndsWith("0 sent, 1 failed" + Environment.NewLine, run.Output, StringComparison.Ordinal);
        Assert.Empty(scp.StoredFiles);
    }

    [Fact]
    public async Task Store_ClosedPort_SaysConnectionRefused()
    {
        int port;
        await using (var scp = new ScpHarness()) port = scp.Port;
        await WriteImageAsync(_folder.File("ct.dcm"), CtImageStorage, DicomTransferSyntax.ExplicitVRLittleEndian);

        var run = await CommandLineRun.InvokeAsync("dicom", "store", "-aec", "PACSLAB", "127.0.0.1", $"{port}", _folder.File("ct.dcm"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("connection refused", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Store_NamedFileThatIsNotDicom_IsAFailureNotASkip()
    {
        await using var scp = new ScpHarness();
        var ct = await WriteImageAsync(_folder.File("ct.dcm"), CtImageStorage, DicomTransferSyntax.ExplicitVRLittleEndian);
        await File.WriteAllTextAsync(_folder.File("report.txt"), "Findings: none.\n");

        var run = await CommandLineRun.InvokeAsync("dicom", "store", "-aec", "PACSLAB", "127.0.0.1", $"{scp.Port}",
            _folder.File("ct.dcm"), _folder.File("report.txt"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"Could not read {_folder.File("report.txt")}", run.Error, StringComparison.Ordinal);
        Assert.Contains("Is it a DICOM file?", run.Error, StringComparison.Ordinal);
        Assert.EndsWith("1 sent, 1 failed" + Environment.NewLine, run.Output, StringComparison.Ordinal);
        Assert.Equal([ct], await StoredUidsAsync(scp));
    }

    [Fact]
    public async Task Store_FolderWithoutDicomFiles_SendsNothingAndFails()
    {
        await File.WriteAllTextAsync(_folder.File("notes.txt"), "nothing to see\n");

        var run = await CommandLineRun.InvokeAsync("dicom", "store", "127.0.0.1", "104", _folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("skipped, not a DICOM file", run.Output, StringComparison.Ordinal);
        Assert.Contains($"Nothing sent to ANY-SCP at 127.0.0.1:104: no DICOM files found in {_folder.Path}.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Store_PathThatDoesNotExist_SaysSo()
    {
        var missing = _folder.File("no-such-folder");

        var run = await CommandLineRun.InvokeAsync("dicom", "store", "127.0.0.1", "104", missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{missing}: there is no such file or folder.", run.Error, StringComparison.Ordinal);
    }
}
