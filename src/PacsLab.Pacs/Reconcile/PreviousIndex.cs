using Microsoft.EntityFrameworkCore;
using PacsLab.Pacs.Index;

namespace PacsLab.Pacs.Reconcile;

/// <summary>
/// What the index knew that the files do not carry: when and from whom each instance came, when studies and patients
/// were created, which studies are in the recycle bin. A rebuild keeps these where the old rows still exist.
/// </summary>
internal sealed class PreviousIndex
{
    public sealed record InstanceOrigin(string FilePath, string ReceivedFromAeTitle, DateTimeOffset ReceivedAt);

    public sealed record StudyState(DateTimeOffset CreatedAt, DateTimeOffset? DeletedAt);

    public static PreviousIndex None { get; } = new([], [], []);

    private PreviousIndex(Dictionary<string, InstanceOrigin> instances, Dictionary<string, StudyState> studies,
        Dictionary<(string PatientId, string Issuer), DateTimeOffset> patients)
    {
        Instances = instances;
        Studies = studies;
        Patients = patients;
    }

    public IReadOnlyDictionary<string, InstanceOrigin> Instances { get; }
    public IReadOnlyDictionary<string, StudyState> Studies { get; }
    public IReadOnlyDictionary<(string PatientId, string Issuer), DateTimeOffset> Patients { get; }

    public static async Task<PreviousIndex> LoadAsync(PacsIndexContext db, CancellationToken cancellationToken)
    {
        var instances = await db.Instances.AsNoTracking()
            .ToDictionaryAsync(i => i.SopInstanceUid, i => new InstanceOrigin(i.FilePath, i.ReceivedFromAeTitle, i.ReceivedAt), StringComparer.Ordinal, cancellationToken)
            .ConfigureAwait(false);
        var studies = await db.Studies.AsNoTracking()
            .ToDictionaryAsync(s => s.StudyInstanceUid, s => new StudyState(s.CreatedAt, s.DeletedAt), StringComparer.Ordinal, cancellationToken)
            .ConfigureAwait(false);
        var patients = await db.Patients.AsNoTracking()
            .ToDictionaryAsync(p => (p.PatientId, p.IssuerOfPatientId), p => p.CreatedAt, cancellationToken)
            .ConfigureAwait(false);
        return new PreviousIndex(instances, studies, patients);
    }
}
