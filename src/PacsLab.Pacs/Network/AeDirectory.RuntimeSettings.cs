using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PacsLab.Pacs.Index;

namespace PacsLab.Pacs.Network;

/// <summary>The run-time settings beside the association checks: the storage quota and the refused SOP classes and transfer syntaxes.</summary>
public sealed partial class AeDirectory
{
    /// <summary>The quota that counts: the one an administrator set, else configuration's; 0 means none.</summary>
    public long StorageQuotaBytes(PacsOptions options) => Snapshot.Settings.StorageQuotaBytes ?? options.StorageQuotaBytes;

    /// <summary>Sets the storage quota in bytes (0: none). Throws <see cref="ArgumentException"/> for a negative value.</summary>
    public async Task<PacsSettingsRecord> UpdateStorageQuotaAsync(long quotaBytes, PacsOptions options, string actor, CancellationToken cancellationToken)
    {
        if (quotaBytes < 0) throw new ArgumentException($"the storage quota {quotaBytes} is negative; give a number of bytes, or 0 for no quota", nameof(quotaBytes));
        return await ChangeAsync(actor, async db =>
        {
            var row = await db.Settings.SingleAsync(cancellationToken).ConfigureAwait(false);
            var before = DescribeQuota(row.StorageQuotaBytes ?? options.StorageQuotaBytes);
            row.StorageQuotaBytes = quotaBytes;
            db.AuditLog.Add(Audit(actor, "storage-quota-changed", "storage settings", before, DescribeQuota(quotaBytes),
                quotaBytes == 0 ? "Storage quota removed (no limit)" : string.Create(CultureInfo.InvariantCulture, $"Storage quota now {quotaBytes} bytes ({quotaBytes / 1_000_000.0:F1} MB)")));
            return row;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Replaces the refused storage SOP classes and transfer syntaxes (a null list stays as it is). Throws
    /// <see cref="ArgumentException"/> for a UID the PACS does not know, before changing anything.
    /// </summary>
    public async Task<PacsSettingsRecord> UpdateAcceptedSyntaxesAsync(IEnumerable<string>? refusedSopClasses, IEnumerable<string>? refusedTransferSyntaxes,
        string actor, CancellationToken cancellationToken)
    {
        var sopClasses = refusedSopClasses is null ? null : AcceptedSyntaxSettings.CheckSopClasses(refusedSopClasses);
        var syntaxes = refusedTransferSyntaxes is null ? null : AcceptedSyntaxSettings.CheckTransferSyntaxes(refusedTransferSyntaxes);
        return await ChangeAsync(actor, async db =>
        {
            var row = await db.Settings.SingleAsync(cancellationToken).ConfigureAwait(false);
            var before = DescribeSyntaxes(row);
            if (sopClasses is not null) row.RefusedSopClasses = AcceptedSyntaxSettings.Join(sopClasses);
            if (syntaxes is not null) row.RefusedTransferSyntaxes = AcceptedSyntaxSettings.Join(syntaxes);
            var refused = AcceptedSyntaxSettings.RefusedSopClasses(row).Concat(AcceptedSyntaxSettings.RefusedTransferSyntaxes(row)).Select(AcceptedSyntaxSettings.Name).ToList();
            db.AuditLog.Add(Audit(actor, "accepted-syntaxes-changed", "accepted syntaxes", before, DescribeSyntaxes(row),
                refused.Count == 0 ? "The PACS accepts every storage SOP class and transfer syntax again" : $"The PACS now refuses: {string.Join(", ", refused)}"));
            return row;
        }, cancellationToken).ConfigureAwait(false);
    }

    private static string DescribeQuota(long quotaBytes) => JsonSerializer.Serialize(new { StorageQuotaBytes = quotaBytes });

    private static string DescribeSyntaxes(PacsSettingsRecord s) => JsonSerializer.Serialize(new
    {
        RefusedSopClasses = AcceptedSyntaxSettings.RefusedSopClasses(s),
        RefusedTransferSyntaxes = AcceptedSyntaxSettings.RefusedTransferSyntaxes(s),
    });
}
