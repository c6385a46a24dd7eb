using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PacsLab.Pacs.Index;

namespace PacsLab.Pacs.Storage;

public sealed record ModalityUsage(string Modality, int Series, int Instances);

/// <summary>What the archive holds, as a PACS's storage page shows it.</summary>
public sealed record StorageReport(
    int Patients, int Studies, int StudiesInRecycleBin, int Series, int Instances, long Bytes, long QuotaBytes,
    double? QuotaUsedPercent, int StudiesWithPatientIdentityConflict, IReadOnlyList<ModalityUsage> ByModality);

public sealed class StorageStatistics(IDbContextFactory<PacsIndexContext> contexts, IOptions<PacsOptions> options, Network.AeDirectory directory)
{
    public async Task<StorageReport> ReportAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var bytes = await db.Instances.SumAsync(i => i.SizeBytes, cancellationToken).ConfigureAwait(false);
        var quota = directory.StorageQuotaBytes(options.Value);
        var byModality = await db.Series.GroupBy(s => s.Modality)
            .Select(g => new ModalityUsage(g.Key, g.Count(), g.Sum(s => s.NumberOfInstances)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new StorageReport(
            await db.Patients.CountAsync(cancellationToken).ConfigureAwait(false),
            await db.Studies.CountAsync(s => s.DeletedAt == null, cancellationToken).ConfigureAwait(false),
            await db.Studies.CountAsync(s => s.DeletedAt != null, cancellationToken).ConfigureAwait(false),
            await db.Series.CountAsync(cancellationToken).ConfigureAwait(false),
            await db.Instances.CountAsync(cancellationToken).ConfigureAwait(false),
            bytes,
            quota,
            quota > 0 ? Math.Round(100.0 * bytes / quota, 1) : null,
            await db.Studies.CountAsync(s => s.PatientIdentityConflict != null, cancellationToken).ConfigureAwait(false),
            byModality.OrderBy(m => m.Modality, StringComparer.Ordinal).ToList());
    }
}
