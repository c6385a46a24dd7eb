using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PacsLab.Dicom;
using PacsLab.Pacs;
using PacsLab.Pacs.Hosting;
using PacsLab.Pacs.Index;
using PacsLab.Pacs.Storage;
using PacsLab.Pacs.Store;

namespace PacsLab.Tests.Cli;

public sealed class PacsReconcileCommandTests : IDisposable
{
    private const string CtImageStorage = "1.2.840.10008.5.1.4.1.1.2";
    private const string StudyUid = "1.2.826.0.1.3680043.10.8.1";

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Archive => Path.Combine(_folder.Path, "archive");

    private ServiceProvider Services() => new ServiceCollection().AddLogging()
        .AddPacs(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Pacs:DataDirectory"] = _folder.Path }).Build())
        .BuildServiceProvider();

    private static DicomDataset Instance(int number) => new DicomDataset()
        .AddOrUpdate(DicomTags.SOPClassUID, DicomVR.UI, CtImageStorage)
        .AddOrUpdate(DicomTags.SOPInstanceUID, DicomVR.UI, $"{StudyUid}.1.{number}")
        .AddOrUpdate(DicomTags.PatientName, DicomVR.PN, "RECON^RITA")
        .AddOrUpdate(DicomTags.PatientID, DicomVR.LO, "RC-1")
        .AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, StudyUid)
        .AddOrUpdate(DicomTags.SeriesInstanceUID, DicomVR.UI, $"{StudyUid}.1")
        .AddOrUpdate(DicomTags.Modality, DicomVR.CS, "CT")
        .AddOrUpdate(DicomTags.PixelData, DicomVR.OW, new byte[] { (byte)number, 0, 2, 0 });

    /// <summary>A data directory as a PACS leaves it: an index and <paramref name="count"/> stored instances of one series.</summary>
    private async Task SeedAsync(int count)
    {
        await using var services = Services();
        await PacsIndexInitializer.InitializeAsync(services.GetRequiredService<IDbContextFactory<PacsIndexContext>>(), services.GetRequiredService<PacsOptions>(),
            TimeProvider.System, CancellationToken.None);
        var archive = services.GetRequiredService<InstanceArchive>();
        for (var i = 1; i <= count; i++)
        {
            var path = archive.NewIncomingPath();
            var file = DicomFile.Create(Instance(i), DicomTransferSyntax.ExplicitVRLittleEndian, "CT_ROOM1");
            await file.SaveAsync(path);
            using var header = new MemoryStream();
            await new DicomFile(file.FileMetaInformation, new DicomDataset()).WriteAsync(header);
            var outcome = await services.GetRequiredService<InstanceStoreService>().StoreAsync(
                new StagedInstance(path, header.Length, DicomTransferSyntax.ExplicitVRLittleEndian, CtImageStorage, $"{StudyUid}.1.{i}", "CT_ROOM1"),
                CancellationToken.None);
            Assert.Equal(StoreOutcomeKind.Stored, outcome.Kind);
        }
    }

    private List<string> ArchivedFiles() => Directory.EnumerateFiles(Archive, "*.dcm", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    private static string FirstLine(string text) => text.Split(Environment.NewLine)[0];

    [Fact]
    public async Task Reconcile_CleanArchive_PrintsTheSummaryAndExits0()
    {
        await SeedAsync(2);

        var run = await CommandLineRun.InvokeAsync("pacs", "reconcile", "--data", _folder.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.Equal("checked 2 instances: 0 missing files, 0 orphan files, 0 mismatches, 0 leftover incoming files" + Environment.NewLine, run.Output);
    }

    [Fact]
    public async Task Reconcile_DeletedFile_PrintsTheFindingAndExits1()
    {
        await SeedAsync(2);
        File.Delete(ArchivedFiles()[0]);

        var run = await CommandLineRun.InvokeAsync("pacs", "reconcile", "--data", _folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("checked 2 instances: 1 missing file, 0 orphan files, 0 mismatches, 0 leftover incoming files", FirstLine(run.Output));
        Assert.Contains("  missing file: index row for instance 1.2.826.0.1.3680043.10.8.1.1.", run.Output, StringComparison.Ordinal);
        Assert.Contains("the image is lost unless a modality resends it", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconcile_Repair_FixesOrphanMissingAndIncomingAndExits0()
    {
        await SeedAsync(2);
        File.Delete(ArchivedFiles()[0]);
        await DicomFile.Create(Instance(3), DicomTransferSyntax.ExplicitVRLittleEndian).SaveAsync(Path.Combine(Archive, "stray.dcm"));
        await File.WriteAllBytesAsync(Path.Combine(_folder.Path, "incoming", "left.part"), new byte[16]);

        var run = await CommandLineRun.InvokeAsync("pacs", "reconcile", "--data", _folder.Path, "--repair");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("checked 2 instances: 1 missing file, 1 orphan file, 0 mismatches, 1 leftover incoming file", FirstLine(run.Output));
        Assert.Contains("repair: 3 change(s), 0 finding(s) it could not fix", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("after repair: checked 2 instances: 0 missing files, 0 orphan files, 0 mismatches, 0 leftover incoming files" + Environment.NewLine,
            run.Output, StringComparison.Ordinal);
        Assert.Equal(0, (await CommandLineRun.InvokeAsync("pacs", "reconcile", "--data", _folder.Path)).ExitCode);
    }

    [Fact]
    public async Task Reconcile_RepairCannotFixAMismatch_Exits1()
    {
        await SeedAsync(1);
        var file = ArchivedFiles()[0];
        await File.AppendAllTextAsync(file, "junk");

        var run = await CommandLineRun.InvokeAsync("pacs", "reconcile", "--data", _folder.Path, "--repair");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("after repair: checked 1 instance: 0 missing files, 0 orphan files, 1 mismatch, 0 leftover incoming files", run.Output, StringComparison.Ordinal);
        Assert.Contains("  size mismatch: instance ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconcile_Rebuild_RestoresDeletedInstanceRowsAndExits0()
    {
        await SeedAsync(2);
        await using (var services = Services())
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<PacsIndexContext>>().CreateDbContextAsync();
            await db.Instances.ExecuteDeleteAsync();
        }

        var run = await CommandLineRun.InvokeAsync("pacs", "reconcile", "--data", _folder.Path, "--rebuild");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("rebuilt the index from 2 archive files: 1 patient, 1 study, 1 series, 2 instances; 0 files left out", FirstLine(run.Output));
        Assert.EndsWith("checked 2 instances: 0 missing files, 0 orphan files, 0 mismatches, 0 leftover incoming files" + Environment.NewLine, run.Output,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconcile_Json_PrintsTheReport()
    {
        await SeedAsync(1);
        File.Delete(ArchivedFiles()[0]);

        var run = await CommandLineRun.InvokeAsync("pacs", "reconcile", "--data", _folder.Path, "--json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var report = json.RootElement.GetProperty("report");
        Assert.Equal(1, report.GetProperty("missingFiles").GetInt32());
        var finding = report.GetProperty("findings")[0];
        Assert.Equal("missingFile", finding.GetProperty("kind").GetString());
        Assert.Equal($"{StudyUid}.1.1", finding.GetProperty("sopInstanceUid").GetString());
        Assert.StartsWith("archive/", finding.GetProperty("path").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconcile_DirectoryWithoutIndex_Exits2AndCreatesNothing()
    {
        var run = await CommandLineRun.InvokeAsync("pacs", "reconcile", "--data", _folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("has no PACS index (index.db)", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder.Path));
    }

    [Fact]
    public async Task Reconcile_NoSuchDirectory_Exits2()
    {
        var run = await CommandLineRun.InvokeAsync("pacs", "reconcile", "--data", _folder.File("nowhere"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pacs", "reconcile")]
    [InlineData("pacs", "reconcile", "--data")]
    [InlineData("pacs", "reconcile", "--data", ".", "--frobnicate")]
    public async Task Reconcile_UsageError_Exits2(params string[] args)
    {
        var run = await CommandLineRun.InvokeAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("pacslab pacs reconcile: ", run.Error, StringComparison.Ordinal);
    }
}
