using System.Text.Json.Nodes;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Faults;

/// <summary>The PACS's run-time settings the connectivity entries use: /api/pacs/accepted-syntaxes and /api/pacs/storage-settings.</summary>
public static class ConnectivitySettings
{
    public const string AcceptedSyntaxesPath = "/api/pacs/accepted-syntaxes";
    public const string StoragePath = "/api/pacs/storage-settings";
    public const string WorkstationListenerPath = "/api/department/workstation/listener";

    public static async Task<(List<string> SopClasses, List<string> TransferSyntaxes)> RefusedAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        var node = await context.Api.GetAsync(AcceptedSyntaxesPath, cancellationToken).ConfigureAwait(false);
        return (Strings(node?["refusedSopClasses"]), Strings(node?["refusedTransferSyntaxes"]));
    }

    public static Task SetRefusedAsync(ScenarioContext context, IEnumerable<string>? sopClasses, IEnumerable<string>? transferSyntaxes, CancellationToken cancellationToken) =>
        context.Api.PutAsync(AcceptedSyntaxesPath, new { RefusedSopClasses = sopClasses?.ToList(), RefusedTransferSyntaxes = transferSyntaxes?.ToList() }, cancellationToken);

    public static async Task<(long QuotaBytes, long UsedBytes)> StorageAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        var node = await context.Api.GetAsync(StoragePath, cancellationToken).ConfigureAwait(false);
        return (node?["quotaBytes"]?.GetValue<long>() ?? 0, node?["usedBytes"]?.GetValue<long>() ?? 0);
    }

    public static Task SetQuotaAsync(ScenarioContext context, long quotaBytes, CancellationToken cancellationToken) =>
        context.Api.PutAsync(StoragePath, new { QuotaBytes = quotaBytes }, cancellationToken);

    public static string Megabytes(long bytes) => bytes == 0 ? "none" : $"{bytes / 1_000_000.0:F1} MB";

    private static List<string> Strings(JsonNode? node) => node?.AsArray().Select(n => n?.ToString() ?? "").Where(s => s.Length > 0).ToList() ?? [];
}
