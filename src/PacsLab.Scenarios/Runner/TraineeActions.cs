using System.Globalization;
using System.Text.Json.Nodes;

namespace PacsLab.Scenarios.Runner;

/// <summary>One thing that happened after the ticket was handed out, from the PACS's audit log (a change) or association log (a connection).</summary>
public sealed record TraineeAction(DateTimeOffset At, string Source, string Who, string Summary);

/// <summary>
/// Reads what the trainee did from the PACS's own logs: every audited change and every association since the ticket
/// (the runner's setup came before it). Changes on the devices and the RIS show in their effects on these logs.
/// </summary>
public static class TraineeActions
{
    public const string SetupActor = "scenario-setup";

    public static async Task<IReadOnlyList<TraineeAction>> ReadAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        var since = Uri.EscapeDataString((context.State.ReadyAt ?? DateTimeOffset.MinValue).ToString("O", CultureInfo.InvariantCulture));
        var audit = await context.Api.GetAsync($"/api/pacs/audit-log?since={since}&limit=1000", cancellationToken).ConfigureAwait(false);
        var associations = await context.Api.GetAsync($"/api/pacs/association-log?since={since}&limit=1000", cancellationToken).ConfigureAwait(false);
        var actions = new List<TraineeAction>();
        foreach (var row in audit?.AsArray() ?? [])
        {
            var actor = Text(row, "actor");
            actions.Add(new TraineeAction(Time(row, "at"), "audit", actor, Text(row, "summary") is { Length: > 0 } s ? s : $"{Text(row, "action")} {Text(row, "target")}"));
        }
        foreach (var row in associations?.AsArray() ?? [])
        {
            var who = $"{Text(row, "callingAeTitle")} from {Text(row, "peerAddress")}";
            var what = row?["accepted"]?.GetValue<bool>() == true
                ? $"association {Text(row, "callingAeTitle")} -> {Text(row, "calledAeTitle")} accepted: {Text(row, "operationCount")} operation(s), {Text(row, "failedOperationCount")} failed"
                : $"association {Text(row, "callingAeTitle")} -> {Text(row, "calledAeTitle")} rejected: {Text(row, "rejectReason")}";
            actions.Add(new TraineeAction(Time(row, "startedAt"), "association", who, what));
        }
        return actions.OrderBy(a => a.At).ToList();
    }

    private static string Text(JsonNode? row, string name) => row?[name]?.ToString() ?? "";

    private static DateTimeOffset Time(JsonNode? row, string name) =>
        DateTimeOffset.TryParse(Text(row, name), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : DateTimeOffset.MinValue;
}
