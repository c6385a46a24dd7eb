using System.Globalization;
using System.Text.Json.Nodes;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Guards;

/// <summary>The PACS audit log since the ticket was handed out, one action at a time, as the misfiled-study guards read it.</summary>
public static class MisfiledAuditTrail
{
    public static async Task<IReadOnlyList<JsonNode>> SinceReadyAsync(ScenarioContext context, string action, CancellationToken cancellationToken)
    {
        var since = Uri.EscapeDataString((context.State.ReadyAt ?? DateTimeOffset.MinValue).ToString("O", CultureInfo.InvariantCulture));
        var rows = await context.Api.GetAsync($"/api/pacs/audit-log?action={Uri.EscapeDataString(action)}&since={since}&limit=1000", cancellationToken)
            .ConfigureAwait(false);
        return (rows?.AsArray() ?? []).Where(r => r is not null).Select(r => r!).ToList();
    }

    public static string Text(JsonNode row, string name) => row[name]?.ToString() ?? "";

    /// <summary>"at 2026-11-25T01:02:03Z by trainee".</summary>
    public static string When(JsonNode row) => $"at {Text(row, "at")} by {Text(row, "actor")}";
}
