using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Faults;

/// <summary>A PACS AE table entry has the wrong host, port or permissions (a typo when it was entered, a device that moved).</summary>
public sealed class PacsAeEntryWrongFault : IFault
{
    public string Type => "pacs-ae-entry-wrong";
    public string Summary => "Changes a PACS AE table entry's host, port or permissions to wrong values.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Needed("ae", ParameterKind.AeTitle, "the entry's AE title (a modality's, or RAD_WS1 for the workstation)"),
        ParameterSpec.Optional("host", ParameterKind.Text, "the wrong host"),
        ParameterSpec.Optional("port", ParameterKind.Port, "the wrong port"),
        ParameterSpec.Optional("mayStore", ParameterKind.Flag, "whether it may store"),
        ParameterSpec.Optional("mayQuery", ParameterKind.Flag, "whether it may query"),
        ParameterSpec.Optional("mayRetrieve", ParameterKind.Flag, "whether it may retrieve"),
        ParameterSpec.Optional("isMoveDestination", ParameterKind.Flag, "whether it is a C-MOVE destination"),
    ];

    public async Task InjectAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var entry = await ConnectivityAeTable.GetAsync(context, arguments.Text("ae"), cancellationToken).ConfigureAwait(false);
        var changed = false;
        if (arguments.Optional("host") is { } host) { entry["host"] = host; changed = true; }
        if (arguments.OptionalInteger("port") is { } port) { entry["port"] = port; changed = true; }
        foreach (var flag in ConnectivityAeTable.Flags)
            if (arguments.OptionalFlag(flag) is { } value) { entry[flag] = value; changed = true; }
        if (!changed) throw new ScenarioStepException("pacs-ae-entry-wrong needs at least one of host, port, mayStore, mayQuery, mayRetrieve, isMoveDestination");
        await ConnectivityAeTable.SaveAsync(context, entry, cancellationToken).ConfigureAwait(false);
    }

    public string Describe(StepArguments arguments) =>
        $"The PACS AE table entry {arguments.Text("ae")} was changed: {string.Join(", ", arguments.Names.Where(n => n != "ae").Select(n => $"{n} {arguments.Optional(n)}"))}.";

    public Task UndoAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken) =>
        ConnectivityAeTable.Original(context, arguments.Text("ae")) is { } entry
            ? ConnectivityAeTable.SaveAsync(context, entry, cancellationToken)
            : throw new ScenarioStepException($"the department has no device with the AE title '{arguments.Text("ae")}' to restore");
}
