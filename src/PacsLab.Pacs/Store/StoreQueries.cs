using Microsoft.EntityFrameworkCore;
using PacsLab.Pacs.Index;

namespace PacsLab.Pacs.Store;

/// <summary>
/// The store's per-instance lookups as compiled queries: EF Core then skips walking and hashing the LINQ expression
/// on every C-STORE (a measurable part of the store's CPU time in the ingest profile). A compiled query is bound to
/// the model it first ran with, so each store service holds its own set (tests run several PACS models at once).
/// </summary>
internal sealed class StoreQueries
{
    public readonly Func<PacsIndexContext, string, CancellationToken, Task<InstanceRecord?>> InstanceWithStudy =
        EF.CompileAsyncQuery((PacsIndexContext db, string sopInstanceUid, CancellationToken _) =>
            db.Instances.Include(i => i.Series).ThenInclude(s => s!.Study).SingleOrDefault(i => i.SopInstanceUid == sopInstanceUid));

    public readonly Func<PacsIndexContext, string, CancellationToken, Task<StudyRecord?>> StudyWithPatient =
        EF.CompileAsyncQuery((PacsIndexContext db, string studyInstanceUid, CancellationToken _) =>
            db.Studies.Include(s => s.Patient).SingleOrDefault(s => s.StudyInstanceUid == studyInstanceUid));

    public readonly Func<PacsIndexContext, string, CancellationToken, Task<SeriesRecord?>> Series =
        EF.CompileAsyncQuery((PacsIndexContext db, string seriesInstanceUid, CancellationToken _) =>
            db.Series.SingleOrDefault(s => s.SeriesInstanceUid == seriesInstanceUid));

    public readonly Func<PacsIndexContext, string, string?, CancellationToken, Task<PatientRecord?>> Patient =
        EF.CompileAsyncQuery((PacsIndexContext db, string patientId, string? issuer, CancellationToken _) =>
            db.Patients.SingleOrDefault(p => p.PatientId == patientId && p.IssuerOfPatientId == issuer));
}
