using PacsLab.Department.Modalities;
using PacsLab.Scenarios.Actions;
using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Objectives;

/// <summary>
/// One of a modality's network settings (service menu) has the expected value; without a value, the one the
/// department gave it when the workspace started (ports differ per workspace, so that is how a port is named).
/// </summary>
public sealed class DeviceSettingEqualsObjective : IObjective
{
    private static readonly IReadOnlyDictionary<string, (string Group, string Field, Func<ModalityNetworkSettings, string> AtStart)> Settings =
        new Dictionary<string, (string, string, Func<ModalityNetworkSettings, string>)>
        {
            ["aeTitle"] = ("", "aeTitle", s => s.AeTitle),
            ["destinationHost"] = ("destination", "host", s => s.Destination.Host),
            ["destinationPort"] = ("destination", "port", s => s.Destination.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ["destinationAeTitle"] = ("destination", "aeTitle", s => s.Destination.AeTitle),
            ["worklistHost"] = ("worklist", "host", s => s.Worklist.Host),
            ["worklistPort"] = ("worklist", "port", s => s.Worklist.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ["worklistAeTitle"] = ("worklist", "aeTitle", s => s.Worklist.AeTitle),
        };

    public string Type => "device-setting-equals";
    public string Summary => "A modality's network setting (AE title, destination or worklist host/port/AE title) has the expected value.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Needed("device", ParameterKind.Device, "the modality"),
        ParameterSpec.OneOf("setting", true, "which setting", [.. Settings.Keys]),
        ParameterSpec.Optional("value", ParameterKind.Text, "the expected value (left out: the value the department gave it at start)"),
    ];

    public async Task<CheckOutcome> EvaluateAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var device = context.Device(arguments.Text("device"));
        var setting = arguments.Text("setting");
        var (group, field, atStart) = Settings[setting];
        var expected = arguments.Optional("value") ?? atStart(ModalityNetworkSettings.From(context.Department, device));
        var config = await context.Api.GetAsync(EditDeviceAction.Path(device.Name), cancellationToken).ConfigureAwait(false);
        var settings = config?["settings"];
        var actual = (group.Length == 0 ? settings?[field] : settings?[group]?[field])?.ToString() ?? "";
        return actual == expected
            ? CheckOutcome.Yes($"{device.Name}'s {setting} is '{actual}'")
            : CheckOutcome.No($"{device.Name}'s {setting} is '{actual}', not '{expected}'");
    }
}
