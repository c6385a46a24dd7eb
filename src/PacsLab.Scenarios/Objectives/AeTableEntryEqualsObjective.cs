using PacsLab.Scenarios.Actions;
using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Faults;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Objectives;

/// <summary>A PACS AE table entry exists and has the given host, port and flags (fields left out are not checked).</summary>
public sealed class AeTableEntryEqualsObjective : IObjective
{
    public string Type => "ae-table-entry-equals";
    public string Summary => "A PACS AE table entry exists with the expected host, port and flags (each field left out is not checked).";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Needed("ae", ParameterKind.AeTitle, "the entry's AE title"),
        ParameterSpec.Optional("host", ParameterKind.Text, "the expected host"),
        ParameterSpec.Optional("port", ParameterKind.Port, "the expected port"),
        ParameterSpec.Optional("portOf", ParameterKind.Device, "expect the port this device listens on (a modality, or 'workstation')"),
        ParameterSpec.Optional("mayStore", ParameterKind.Flag, "expected store permission"),
        ParameterSpec.Optional("mayQuery", ParameterKind.Flag, "expected query permission"),
        ParameterSpec.Optional("mayRetrieve", ParameterKind.Flag, "expected retrieve permission"),
        ParameterSpec.Optional("isMoveDestination", ParameterKind.Flag, "expected move-destination flag"),
    ];

    public async Task<CheckOutcome> EvaluateAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var ae = arguments.Text("ae");
        var entry = await ConnectivityAeTable.FindAsync(context, ae, cancellationToken).ConfigureAwait(false);
        if (entry is null) return CheckOutcome.No($"the PACS AE table has no entry {ae}");
        var wrong = new List<string>();
        if (arguments.Optional("host") is { } host && entry["host"]?.ToString() != host) wrong.Add($"host is {entry["host"]}, not {host}");
        var port = arguments.OptionalInteger("port") ?? (arguments.Optional("portOf") is { } device ? SaveAeAction.PortOf(context, device) : null);
        if (port is not null && entry["port"]?.GetValue<int>() != port) wrong.Add($"port is {entry["port"]}, not {port}");
        foreach (var flag in ConnectivityAeTable.Flags)
            if (arguments.OptionalFlag(flag) is { } expected && ConnectivityAeTable.Flag(entry, flag) != expected)
                wrong.Add($"{flag} is {(expected ? "off" : "on")}");
        return wrong.Count == 0
            ? CheckOutcome.Yes($"the AE table entry is {ConnectivityAeTable.Describe(entry)}")
            : CheckOutcome.No($"the AE table entry {ae}: {string.Join(", ", wrong)}");
    }
}
