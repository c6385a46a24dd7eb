using Microsoft.EntityFrameworkCore;
using PacsLab.Dicom;
using PacsLab.Pacs.Reconcile;
using PacsLab.Pacs.Tests.Corrections;
using PacsLab.Pacs.Tests.Support;

namespace PacsLab.Pacs.Tests.Reconcile;

/// <summary>A <see cref="CorrectionBed"/> with the reconciler on the same index, archive and write lock, and ways to damage them.</summary>
public sealed class ReconcileBed : IAsyncDisposable
{
    public const string StudyA = "1.2.826.0.1.3680043.10.7.1";
    public const string StudyB = "1.2.826.0.1.3680043.10.7.2";

    private ReconcileBed(CorrectionBed corrections)
    {
        Corrections = corrections;
        Reconciler = new ArchiveReconciler(Bed.Contexts, Bed.Archive, Bed.WriteLock, Bed.Usage, TimeProvider.System);
    }

    public CorrectionBed Corrections { get; }
    public PacsTestBed Bed => Corrections.Bed;
    public ArchiveReconciler Reconciler { get; }

    public static async Task<ReconcileBed> CreateAsync() => new(await CorrectionBed.CreateAsync());

    /// <summary>Two patients: study A (CT x2, SR x1) of PID001, study B (MR x2) of PID002: 5 instances, 3 series.</summary>
    public static async Task<ReconcileBed> WithTwoStudiesAsync()
    {
        var bed = await CreateAsync();
        await bed.Corrections.StoreStudyAsync(StudyA, "PID001", "DOE^JANE", ("CT", 2), ("SR", 1));
        await bed.Corrections.StoreStudyAsync(StudyB, "PID002", "ROE^RICHARD", ("MR", 2));
        return bed;
    }

    public Task<string> FilePathOfAsync(string sopInstanceUid) =>
        Bed.QueryAsync(db => db.Instances.Where(i => i.SopInstanceUid == sopInstanceUid).Select(i => i.FilePath).SingleAsync());

    /// <summary>Writes a valid instance as a Part 10 file somewhere in the archive tree, as a trainee copying files in would.</summary>
    public async Task<string> DropStrayAsync(TestInstance instance, string relativePath)
    {
        var path = Bed.Archive.FullPath(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await DicomFile.Create(instance.ToDataset(), DicomTransferSyntax.ExplicitVRLittleEndian, "CT_ROOM9").SaveAsync(path);
        return path;
    }

    public ValueTask DisposeAsync() => Corrections.DisposeAsync();
}
