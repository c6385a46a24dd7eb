using System.Globalization;
using System.Text.Json.Nodes;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Guards;

/// <summary>The PACS audit log's entries of one action since the ticket, made by anyone but the scenario's own setup.</summary>
public static class ConnectivityAudit
{
    public static async Task<IReadOnlyList<JsonNode>> SinceTicketAsync(ScenarioContext context, string action, CancellationToken cancellationToken)
    {
        var since = Uri.EscapeDataString((context.State.ReadyAt ?? DateTimeOffset.MinValue).ToString("O", CultureInfo.InvariantCulture));
        var rows = await context.Api.GetAsync($"/api/pacs/audit-log?action={Uri.EscapeDataString(action)}&since={since}&limit=1000", cancellationToken)
            .ConfigureAwait(false);
        return (rows?.AsArray() ?? []).OfType<JsonNode>()
            .Where(r => !(r["actor"]?.ToString() ?? "").EndsWith(TraineeActions.SetupActor, StringComparison.Ordinal)).ToList();
    }

    /// <summary>The audit's before/after JSON text as an object (empty for a row with none).</summary>
    public static JsonObject State(JsonNode row, string field)
    {
        var text = row[field]?.ToString() ?? "";
        return text.Length == 0 ? [] : JsonNode.Parse(text)?.AsObject() ?? [];
    }
}
