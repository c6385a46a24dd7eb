using PacsLab.Pacs.Reconcile;
using PacsLab.Pacs.Tests.Support;

namespace PacsLab.Pacs.Tests.Reconcile;

public sealed class ArchiveReconcilerCheckTests
{
    private const string FirstCt = ReconcileBed.StudyA + ".1.1";

    [Fact]
    public async Task Check_UntouchedArchive_IsCleanAndCountsEverything()
    {
        await using var bed = await ReconcileBed.WithTwoStudiesAsync();

        var report = await bed.Reconciler.CheckAsync(CancellationToken.None);

        Assert.True(report.IsClean, string.Join(Environment.NewLine, report.Findings.Select(f => f.Message)));
        Assert.Equal((5, 5), (report.InstancesChecked, report.FilesChecked));
        Assert.Equal("checked 5 instances: 0 missing files, 0 orphan files, 0 mismatches, 0 leftover incoming files", report.Summary);
    }

    [Fact]
    public async Task Check_EmptyArchive_IsClean()
    {
        await using var bed = await ReconcileBed.CreateAsync();

        var report = await bed.Reconciler.CheckAsync(CancellationToken.None);

        Assert.True(report.IsClean);
        Assert.Equal("checked 0 instances: 0 missing files, 0 orphan files, 0 mismatches, 0 leftover incoming files", report.Summary);
    }

    [Fact]
    public async Task Check_DeletedFile_ReportsMissingWithInstanceAndPath()
    {
        await using var bed = await ReconcileBed.WithTwoStudiesAsync();
        var path = await bed.FilePathOfAsync(FirstCt);
        File.Delete(bed.Bed.Archive.FullPath(path));

        var report = await bed.Reconciler.CheckAsync(CancellationToken.None);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(ReconcileFindingKind.MissingFile, finding.Kind);
        Assert.Equal(FirstCt, finding.SopInstanceUid);
        Assert.Equal($"archive/{path}", finding.Path);
        Assert.StartsWith($"index row for instance {FirstCt} points to archive/{path}, which does not exist: the image is lost unless a modality resends it",
            finding.Message, StringComparison.Ordinal);
        Assert.Equal("checked 5 instances: 1 missing file, 0 orphan files, 0 mismatches, 0 leftover incoming files", report.Summary);
    }

    [Fact]
    public async Task Check_StrayValidInstanceInArchiveTree_ReportsOrphanWithItsUid()
    {
        await using var bed = await ReconcileBed.WithTwoStudiesAsync();
        await bed.DropStrayAsync(new TestInstance { SopUid = "1.2.826.0.1.3680043.10.7.9.1", StudyUid = "1.2.826.0.1.3680043.10.7.9", SeriesUid = "1.2.826.0.1.3680043.10.7.9.1.0" },
            Path.Combine("stray", "found.dcm"));

        var report = await bed.Reconciler.CheckAsync(CancellationToken.None);

        var finding = Assert.Single(report.Findings);
        Assert.Equal((ReconcileFindingKind.OrphanFile, "1.2.826.0.1.3680043.10.7.9.1", "archive/stray/found.dcm"), (finding.Kind, finding.SopInstanceUid, finding.Path));
        Assert.Contains("no index row refers to it", finding.Message, StringComparison.Ordinal);
        Assert.Equal((5, 6, 1), (report.InstancesChecked, report.FilesChecked, report.OrphanFiles));
    }

    [Fact]
    public async Task Check_UnreadableStrayFile_ReportsOrphanWithoutUid()
    {
        await using var bed = await ReconcileBed.WithTwoStudiesAsync();
        await File.WriteAllTextAsync(bed.Bed.Archive.FullPath("notes.dcm"), "not a DICOM file at all");

        var report = await bed.Reconciler.CheckAsync(CancellationToken.None);

        var finding = Assert.Single(report.Findings);
        Assert.Equal((ReconcileFindingKind.OrphanFile, null), (finding.Kind, finding.SopInstanceUid));
        Assert.Contains("cannot be read as DICOM", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_TruncatedFile_ReportsSizeMismatch()
    {
        await using var bed = await ReconcileBed.WithTwoStudiesAsync();
        var path = await bed.FilePathOfAsync(FirstCt);
        var full = bed.Bed.Archive.FullPath(path);
        var size = new FileInfo(full).Length;
        await using (var file = new FileStream(full, FileMode.Open)) file.SetLength(size - 10);

        var report = await bed.Reconciler.CheckAsync(CancellationToken.None);

        var finding = Assert.Single(report.Findings);
        Assert.Equal((ReconcileFindingKind.SizeMismatch, FirstCt), (finding.Kind, finding.SopInstanceUid));
        Assert.Contains($"is {size - 10} bytes but the index recorded {size}", finding.Message, StringComparison.Ordinal);
        Assert.Equal(1, report.Mismatches);
    }

    [Fact]
    public async Task Check_AlteredPixelByte_ReportsHashMismatch()
    {
        await using var bed = await ReconcileBed.WithTwoStudiesAsync();
        var full = bed.Bed.Archive.FullPath(await bed.FilePathOfAsync(FirstCt));
        var bytes = await File.ReadAllBytesAsync(full);
        bytes[^1] ^= 0xFF;
        await File.WriteAllBytesAsync(full, bytes);

        var report = await bed.Reconciler.CheckAsync(CancellationToken.None);

        var finding = Assert.Single(report.Findings);
        Assert.Equal((ReconcileFindingKind.HashMismatch, FirstCt), (finding.Kind, finding.SopInstanceUid));
        Assert.Contains("no longer matches the content hash", finding.Message, StringComparison.Ordinal);
        Assert.Equal("checked 5 instances: 0 missing files, 0 orphan files, 1 mismatch, 0 leftover incoming files", report.Summary);
    }

    [Fact]
    public async Task Check_ChangedMetaGroupOnly_IsNotAMismatchOfContent()
    {
        await using var bed = await ReconcileBed.WithTwoStudiesAsync();
        var full = bed.Bed.Archive.FullPath(await bed.FilePathOfAsync(FirstCt));
        var bytes = await File.ReadAllBytesAsync(full);
        bytes[0] = 0x42; // the preamble is outside the data set, so outside the content hash
        await File.WriteAllBytesAsync(full, bytes);

        var report = await bed.Reconciler.CheckAsync(CancellationToken.None);

        Assert.True(report.IsClean);
    }

    [Fact]
    public async Task Check_LeftoverInIncoming_Reported()
    {
        await using var bed = await ReconcileBed.WithTwoStudiesAsync();
        var leftover = bed.Bed.Archive.NewIncomingPath();
        await File.WriteAllBytesAsync(leftover, new byte[100]);

        var report = await bed.Reconciler.CheckAsync(CancellationToken.None);

        var finding = Assert.Single(report.Findings);
        Assert.Equal((ReconcileFindingKind.IncomingLeftover, null, $"incoming/{Path.GetFileName(leftover)}"), (finding.Kind, finding.SopInstanceUid, finding.Path));
        Assert.Contains("transfer that never completed", finding.Message, StringComparison.Ordinal);
        Assert.Equal(1, report.IncomingLeftovers);
    }
}
