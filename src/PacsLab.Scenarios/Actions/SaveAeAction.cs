using System.Text.Json.Nodes;
using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Faults;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Actions;

/// <summary>
/// The PACS AE table's "save": adds an entry or changes the given fields of an existing one (PUT /api/pacs/ae-table/{ae}).
/// Ports differ per workspace, so <c>portOf</c> takes the port a device listens on.
/// </summary>
public sealed class SaveAeAction : IScenarioAction
{
    public string Type => "save-ae";
    public string Summary => "Adds a PACS AE table entry, or changes the given fields of an existing one.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Needed("ae", ParameterKind.AeTitle, "the entry's AE title"),
        ParameterSpec.Optional("host", ParameterKind.Text, "its host (a new entry without one gets the department's address)"),
        ParameterSpec.Optional("port", ParameterKind.Port, "its port"),
        ParameterSpec.Optional("portOf", ParameterKind.Device, "take the port this device listens on (a modality, or 'workstation')"),
        ParameterSpec.Optional("description", ParameterKind.Text, "what it is"),
        ParameterSpec.Optional("mayStore", ParameterKind.Flag, "it may store into the PACS"),
        ParameterSpec.Optional("mayQuery", ParameterKind.Flag, "it may query the PACS"),
        ParameterSpec.Optional("mayRetrieve", ParameterKind.Flag, "it may retrieve from the PACS"),
        ParameterSpec.Optional("isMoveDestination", ParameterKind.Flag, "the PACS may send images to it by C-MOVE"),
    ];

    public async Task RunAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var ae = arguments.Text("ae");
        var entry = await ConnectivityAeTable.FindAsync(context, ae, cancellationToken).ConfigureAwait(false)
                    ?? new JsonObject { ["aeTitle"] = ae, ["host"] = context.Department.ListenAddress, ["port"] = 104, ["description"] = "" };
        if (arguments.Optional("host") is { } host) entry["host"] = host;
        if (arguments.OptionalInteger("port") is { } port) entry["port"] = port;
        if (arguments.Optional("portOf") is { } device) entry["port"] = PortOf(context, device);
        if (arguments.Optional("description") is { } description) entry["description"] = description;
        foreach (var flag in ConnectivityAeTable.Flags)
            if (arguments.OptionalFlag(flag) is { } value) entry[flag] = value;
        await ConnectivityAeTable.SaveAsync(context, entry, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The port <paramref name="device"/> was given in this workspace: "workstation" or a modality's name.</summary>
    public static int PortOf(ScenarioContext context, string device) =>
        device == "workstation" ? context.Department.Workstation.Port : context.Device(device).Port;
}
