using Microsoft.EntityFrameworkCore;
using PacsLab.Dicom;
using PacsLab.Pacs.Store;
using PacsLab.Pacs.Tests.Support;

namespace PacsLab.Pacs.Tests.Store;

public sealed class InstanceStoreServiceTests
{
    [Fact]
    public async Task Store_NewInstance_IndexesHierarchyAndPlacesOneFile()
    {
        await using var bed = await PacsTestBed.CreateAsync();
        var outcome = await bed.StoreAsync(new TestInstance());

        Assert.Equal(StoreOutcomeKind.Stored, outcome.Kind);
        Assert.True(outcome.Status.IsSuccess);
        var study = await bed.QueryAsync(db => db.Studies.Include(s => s.Patient).Include(s => s.Series).ThenInclude(s => s.Instances).SingleAsync());
        Assert.Equal("PID001", study.Patient!.PatientId);
        Assert.Equal("DOE^JANE", study.Patient.PatientName);
        Assert.Equal("ACC001", study.AccessionNumber);
        Assert.Equal("CT", study.ModalitiesInStudy);
        Assert.Equal(1, study.NumberOfSeries);
        Assert.Equal(1, study.NumberOfInstances);
        var instance = Assert.Single(Assert.Single(study.Series).Instances);
        Assert.Equal("CT_ROOM1", instance.ReceivedFromAeTitle);
        Assert.Equal(study.SizeBytes, instance.SizeBytes);
        Assert.Equal([instance.FilePath], bed.ArchivedFiles());
        Assert.Empty(bed.IncomingFiles());
        var file = await DicomFile.OpenAsync(bed.Archive.FullPath(instance.FilePath));
        Assert.Equal("1.2.826.0.1.3680043.10.1.1.1.1", file.Dataset.GetString(DicomTags.SOPInstanceUID));
    }

    [Fact]
    public async Task Store_SecondSeriesWithOtherModality_UpdatesCountsAndModalitiesInStudy()
    {
        await using var bed = await PacsTestBed.CreateAsync();
        await bed.StoreAsync(new TestInstance());
        await bed.StoreAsync(new TestInstance { SopUid = "1.2.826.0.1.3680043.10.1.1.1.2" });
        await bed.StoreAsync(new TestInstance { SeriesUid = "1.2.826.0.1.3680043.10.1.1.2", SopUid = "1.2.826.0.1.3680043.10.1.1.2.1", Modality = "SR" });

        var study = await bed.QueryAsync(db => db.Studies.Include(s => s.Series).SingleAsync());
        Assert.Equal(2, study.NumberOfSeries);
        Assert.Equal(3, study.NumberOfInstances);
        Assert.Equal(@"CT\SR", study.ModalitiesInStudy);
        Assert.Equal(2, study.Series.Single(s => s.Modality == "CT").NumberOfInstances);
        Assert.Equal(3, bed.ArchivedFiles().Count);
    }

    [Fact]
    public async Task Store_SameInstanceSameContentTwice_SucceedsWithOneCopy()
    {
        await using var bed = await PacsTestBed.CreateAsync();
        await bed.StoreAsync(new TestInstance());
        var again = await bed.StoreAsync(new TestInstance());

        Assert.Equal(StoreOutcomeKind.DuplicateIdentical, again.Kind);
        Assert.True(again.Status.IsSuccess);
        Assert.Single(bed.ArchivedFiles());
        Assert.Empty(bed.IncomingFiles());
        Assert.Equal(1, await bed.QueryAsync(db => db.Studies.Select(s => s.NumberOfInstances).SingleAsync()));
    }

    [Fact]
    public async Task Store_DifferentContentWithKeepPolicy_KeepsStoredCopyAndAudits()
    {
        await using var bed = await PacsTestBed.CreateAsync();
        await bed.StoreAsync(new TestInstance { PixelFill = 1 });
        var before = bed.ArchivedFiles();
        var again = await bed.StoreAsync(new TestInstance { PixelFill = 2 }, "CT_ROOM2");

        Assert.Equal(StoreOutcomeKind.DuplicateKept, again.Kind);
        Assert.True(again.Status.IsSuccess);
        Assert.Equal(before, bed.ArchivedFiles());
        var stored = await DicomFile.OpenAsync(bed.Archive.FullPath(before[0]));
        Assert.Equal(1, ((DicomElement)stored.Dataset[DicomTags.PixelData]!).Value.Span[0]);
        var audit = await bed.QueryAsync(db => db.AuditLog.SingleAsync(a => a.Action == "duplicate-kept"));
        Assert.Contains("CT_ROOM2", audit.Summary);
    }

    [Fact]
    public async Task Store_DifferentContentWithOverwritePolicy_ReplacesFileAndRemovesOldOne()
    {
        await using var bed = await PacsTestBed.CreateAsync(new PacsOptions { DuplicatePolicy = DuplicatePolicy.Overwrite });
        await bed.StoreAsync(new TestInstance { PixelFill = 1 });
        var old = Assert.Single(bed.ArchivedFiles());
        var again = await bed.StoreAsync(new TestInstance { PixelFill = 2, PixelBytes = 64 });

        Assert.Equal(StoreOutcomeKind.Replaced, again.Kind);
        var current = Assert.Single(bed.ArchivedFiles());
        Assert.NotEqual(old, current);
        var stored = await DicomFile.OpenAsync(bed.Archive.FullPath(current));
        Assert.Equal(2, ((DicomElement)stored.Dataset[DicomTags.PixelData]!).Value.Span[0]);
        var study = await bed.QueryAsync(db => db.Studies.SingleAsync());
        var instance = await bed.QueryAsync(db => db.Instances.SingleAsync());
        Assert.Equal(1, study.NumberOfInstances);
        Assert.Equal(instance.SizeBytes, study.SizeBytes);
        Assert.Equal(current, instance.FilePath);
    }

    [Theory]
    [InlineData("..")]
    [InlineData("../../etc/passwd")]
    [InlineData("1.2.3/../../x")]
    [InlineData("1.2.03.4")]
    public async Task Store_SopInstanceUidThatIsNotAUid_RefusedWith0xA900AndNothingWritten(string uid)
    {
        await using var bed = await PacsTestBed.CreateAsync();
        var outcome = await bed.StoreAsync(new TestInstance { SopUid = uid });

        Assert.Equal(0xA900, outcome.Status.Code);
        Assert.Contains("SOP Instance UID", outcome.Comment);
        Assert.Empty(bed.ArchivedFiles());
        Assert.Empty(bed.IncomingFiles());
        Assert.False(File.Exists(Path.Combine(bed.DataDirectory, "etc", "passwd")));
        Assert.Equal(0, await bed.QueryAsync(db => db.Instances.CountAsync()));
    }

    [Fact]
    public async Task Store_CommandUidDiffersFromDataSet_RefusedWith0xA900()
    {
        await using var bed = await PacsTestBed.CreateAsync();
        var staged = await bed.StageAsync(new TestInstance(), commandSopUid: "1.2.3.4.5");
        var outcome = await bed.Store.StoreAsync(staged, CancellationToken.None);

        Assert.Equal(0xA900, outcome.Status.Code);
        Assert.Contains("mismatch", outcome.Comment);
        Assert.Empty(bed.ArchivedFiles());
        Assert.Empty(bed.IncomingFiles());
    }

    [Fact]
    public async Task Store_MissingStudyInstanceUid_RefusedWith0xA900NamingIt()
    {
        await using var bed = await PacsTestBed.CreateAsync();
        var outcome = await bed.StoreAsync(new TestInstance { StudyUid = "" });

        Assert.Equal(0xA900, outcome.Status.Code);
        Assert.Contains("Study Instance UID (0020,000D) is missing", outcome.Comment);
    }

    [Fact]
    public async Task Store_UnreadableDataSet_RefusedWithCannotUnderstand()
    {
        await using var bed = await PacsTestBed.CreateAsync();
        var staged = await bed.StageAsync(new TestInstance());
        await using (var file = new FileStream(staged.Path, FileMode.Open))
        {
            file.Position = staged.DataSetOffset;
            file.Write([0x08, 0x00, 0x16, 0x00, (byte)'U', (byte)'I', 0xFF, 0x7F]);
            file.SetLength(file.Position + 3);
        }
        var outcome = await bed.Store.StoreAsync(staged, CancellationToken.None);

        Assert.Equal(0xC000, outcome.Status.Code & 0xF000);
        Assert.Contains("cannot be read", outcome.Comment);
        Assert.Empty(bed.IncomingFiles());
        Assert.Empty(bed.ArchivedFiles());
    }

    [Fact]
    public async Task Store_QuotaReached_RefusedWith0xA700AndNothingHalfWritten()
    {
        await using var bed = await PacsTestBed.CreateAsync(new PacsOptions { StorageQuotaBytes = 1500 });
        var first = await bed.StoreAsync(new TestInstance { PixelBytes = 200 });
        var second = await bed.StoreAsync(new TestInstance { SopUid = "1.2.826.0.1.3680043.10.1.1.1.2", PixelBytes = 2000 });

        Assert.True(first.Status.IsSuccess);
        Assert.Equal(0xA700, second.Status.Code);
        Assert.Contains("quota", second.Comment);
        Assert.Single(bed.ArchivedFiles());
        Assert.Empty(bed.IncomingFiles());
        Assert.Equal(1, await bed.QueryAsync(db => db.Instances.CountAsync()));
    }

    [Fact]
    public async Task Store_StudyArrivesWithOtherPatientId_AcceptedWithWarningAndFlagged()
    {
        await using var bed = await PacsTestBed.CreateAsync();
        await bed.StoreAsync(new TestInstance());
        var outcome = await bed.StoreAsync(new TestInstance { SopUid = "1.2.826.0.1.3680043.10.1.1.1.2", PatientId = "PID999", PatientName = "ROE^RICHARD" });

        Assert.Equal(0xB000, outcome.Status.Code);
        Assert.Contains("PID999", outcome.Comment);
        var study = await bed.QueryAsync(db => db.Studies.Include(s => s.Patient).SingleAsync());
        Assert.Equal("PID001", study.Patient!.PatientId);
        Assert.Contains("patient-identity conflict", study.PatientIdentityConflict);
        Assert.Equal(2, study.NumberOfInstances);
        Assert.Equal(1, await bed.QueryAsync(db => db.Patients.CountAsync()));
        var conflicting = await bed.QueryAsync(db => db.Instances.SingleAsync(i => i.PatientIdInFile == "PID999"));
        Assert.NotNull(conflicting);
    }

    [Fact]
    public async Task Store_SeriesUidThatBelongsToAnotherStudy_RefusedAndNothingLeftBehind()
    {
        await using var bed = await PacsTestBed.CreateAsync();
        await bed.StoreAsync(new TestInstance());
        var outcome = await bed.StoreAsync(new TestInstance { StudyUid = "1.2.826.0.1.3680043.10.1.2", SopUid = "1.2.826.0.1.3680043.10.1.2.1.1" });

        Assert.Equal(0xA900, outcome.Status.Code);
        Assert.Contains("already belongs to study", outcome.Comment);
        Assert.Single(bed.ArchivedFiles());
        Assert.Equal(1, await bed.QueryAsync(db => db.Studies.CountAsync()));
    }

    [Fact]
    public async Task Store_IndexCommitFails_FileRemovedAndIndexUnchanged()
    {
        await using var bed = await PacsTestBed.CreateAsync();
        await bed.StoreAsync(new TestInstance());
        bed.Failures.FailNextSave = true;

        await Assert.ThrowsAsync<DbUpdateException>(() => bed.StoreAsync(new TestInstance { SopUid = "1.2.826.0.1.3680043.10.1.1.1.2" }));

        Assert.Single(bed.ArchivedFiles());
        Assert.Empty(bed.IncomingFiles());
        var study = await bed.QueryAsync(db => db.Studies.SingleAsync());
        Assert.Equal(1, study.NumberOfInstances);
        Assert.Equal(1, await bed.QueryAsync(db => db.Instances.CountAsync()));
        var next = await bed.StoreAsync(new TestInstance { SopUid = "1.2.826.0.1.3680043.10.1.1.1.3" });
        Assert.True(next.Status.IsSuccess);
    }

    [Fact]
    public async Task Store_TwentyConcurrentSendersOfOneStudy_ExactlyOneCopyOfEachInstance()
    {
        await using var bed = await PacsTestBed.CreateAsync();
        var instances = Enumerable.Range(1, 10).Select(i => new TestInstance { SopUid = $"1.2.826.0.1.3680043.10.1.1.1.{i}" }).ToList();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(sender => Task.Run(async () =>
        {
            var results = new List<StoreOutcome>();
            foreach (var instance in instances) results.Add(await bed.StoreAsync(instance, $"SENDER{sender}"));
            return results;
        })));

        Assert.All(outcomes.SelectMany(o => o), o => Assert.True(o.Status.IsSuccess, o.Comment));
        Assert.Equal(10, outcomes.SelectMany(o => o).Count(o => o.Kind == StoreOutcomeKind.Stored));
        Assert.Equal(10, bed.ArchivedFiles().Count);
        Assert.Empty(bed.IncomingFiles());
        var study = await bed.QueryAsync(db => db.Studies.SingleAsync());
        Assert.Equal(10, study.NumberOfInstances);
        Assert.Equal(10, await bed.QueryAsync(db => db.Instances.CountAsync()));
    }

    [Fact]
    public async Task Store_StudyInRecycleBin_ComesBackLiveWithAuditRecord()
    {
        await using var bed = await PacsTestBed.CreateAsync();
        await bed.StoreAsync(new TestInstance());
        await bed.QueryAsync(db => db.Studies.ExecuteUpdateAsync(s => s.SetProperty(x => x.DeletedAt, DateTimeOffset.UtcNow)));

        await bed.StoreAsync(new TestInstance { SopUid = "1.2.826.0.1.3680043.10.1.1.1.2" });

        var study = await bed.QueryAsync(db => db.Studies.SingleAsync());
        Assert.Null(study.DeletedAt);
        Assert.Equal(1, await bed.QueryAsync(db => db.AuditLog.CountAsync(a => a.Action == "study-restored-by-store")));
    }

    [Fact]
    public async Task Store_IdenticalResendOfRecycledStudy_BringsItBack()
    {
        await using var bed = await PacsTestBed.CreateAsync();
        await bed.StoreAsync(new TestInstance());
        await bed.QueryAsync(db => db.Studies.ExecuteUpdateAsync(s => s.SetProperty(x => x.DeletedAt, DateTimeOffset.UtcNow)));

        var again = await bed.StoreAsync(new TestInstance());

        Assert.Equal(StoreOutcomeKind.DuplicateIdentical, again.Kind);
        Assert.Null((await bed.QueryAsync(db => db.Studies.SingleAsync())).DeletedAt);
        Assert.Single(bed.ArchivedFiles());
    }
}
