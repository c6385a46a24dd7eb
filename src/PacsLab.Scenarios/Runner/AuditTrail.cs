using System.Globalization;
using System.Text.Json.Nodes;

namespace PacsLab.Scenarios.Runner;

/// <summary>
/// The PACS audit log since the ticket was handed out (after the scenario's own setup), one action at a time: what
/// guards read to see what the trainee did, even when it was undone again.
/// </summary>
public static class AuditTrail
{
    public static async Task<IReadOnlyList<JsonNode>> SinceTicketAsync(ScenarioContext context, string action, CancellationToken cancellationToken)
    {
        var since = Uri.EscapeDataString((context.State.ReadyAt ?? DateTimeOffset.MinValue).ToString("O", CultureInfo.InvariantCulture));
        var rows = await context.Api.GetAsync($"/api/pacs/audit-log?action={Uri.EscapeDataString(action)}&since={since}&limit=1000", cancellationToken)
            .ConfigureAwait(false);
        // Everything since the ticket: the setup came before it. (Not by actor: a request header must not hide a change.)
        return (rows?.AsArray() ?? []).OfType<JsonNode>().ToList();
    }

    /// <summary>The audit's before/after JSON text as an object (empty for a row with none).</summary>
    public static JsonObject State(JsonNode row, string field)
    {
        var text = Text(row, field);
        return text.Length == 0 ? [] : JsonNode.Parse(text)?.AsObject() ?? [];
    }

    public static string Text(JsonNode row, string name) => row[name]?.ToString() ?? "";

    /// <summary>"at 2026-11-25T01:02:03Z by trainee".</summary>
    public static string When(JsonNode row) => $"at {Text(row, "at")} by {Text(row, "actor")}";
}
