using PacsLab.Pacs.Storage;

namespace PacsLab.Api;

public static class StorageEndpoints
{
    public static async Task<StorageReport> GetAsync(StorageStatistics statistics, CancellationToken cancellationToken) =>
        await statistics.ReportAsync(cancellationToken);
}
