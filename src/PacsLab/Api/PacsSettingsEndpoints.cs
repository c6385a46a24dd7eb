using PacsLab.Pacs;
using PacsLab.Pacs.Index;
using PacsLab.Pacs.Network;
using PacsLab.Pacs.Storage;

namespace PacsLab.Api;

/// <summary>The storage quota as the API shows and changes it: bytes, 0 for none; the archive's usage is read-only.</summary>
public sealed record StorageSettings(long QuotaBytes, long UsedBytes = 0);

/// <summary>What the PACS refuses in association negotiation: storage SOP class UIDs and transfer syntax UIDs (a null list stays as it is).</summary>
public sealed record AcceptedSyntaxes(IReadOnlyList<string>? RefusedSopClasses, IReadOnlyList<string>? RefusedTransferSyntaxes);

/// <summary>The PACS's run-time settings beside the association checks: /api/pacs/storage-settings and /api/pacs/accepted-syntaxes.</summary>
public static class PacsSettingsEndpoints
{
    public static void Map(RouteGroupBuilder pacs)
    {
        pacs.MapGet("/storage-settings", GetStorageAsync).WithTags("Storage").WithName("GetStorageSettings");
        pacs.MapPut("/storage-settings", UpdateStorageAsync).WithTags("Storage").WithName("UpdateStorageSettings");
        pacs.MapGet("/accepted-syntaxes", (AeDirectory directory) => Syntaxes(directory.Snapshot.Settings)).WithTags("AE table").WithName("GetAcceptedSyntaxes");
        pacs.MapPut("/accepted-syntaxes", UpdateSyntaxesAsync).WithTags("AE table").WithName("UpdateAcceptedSyntaxes");
    }

    private static async Task<StorageSettings> GetStorageAsync(AeDirectory directory, PacsOptions options, StorageStatistics statistics, CancellationToken cancellationToken) =>
        new(directory.StorageQuotaBytes(options), (await statistics.ReportAsync(cancellationToken)).Bytes);

    private static async Task<StorageSettings> UpdateStorageAsync(StorageSettings body, AeDirectory directory, PacsOptions options, StorageStatistics statistics,
        HttpContext http, CancellationToken cancellationToken)
    {
        await directory.UpdateStorageQuotaAsync(body.QuotaBytes, options, AeTableEndpoints.Actor(http), cancellationToken);
        return await GetStorageAsync(directory, options, statistics, cancellationToken);
    }

    private static async Task<AcceptedSyntaxes> UpdateSyntaxesAsync(AcceptedSyntaxes body, AeDirectory directory, HttpContext http, CancellationToken cancellationToken) =>
        Syntaxes(await directory.UpdateAcceptedSyntaxesAsync(body.RefusedSopClasses, body.RefusedTransferSyntaxes, AeTableEndpoints.Actor(http), cancellationToken));

    private static AcceptedSyntaxes Syntaxes(PacsSettingsRecord settings) =>
        new(AcceptedSyntaxSettings.RefusedSopClasses(settings), AcceptedSyntaxSettings.RefusedTransferSyntaxes(settings));
}
