using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Objectives;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Guards;

/// <summary>
/// Trips when a modality's setting is no longer what the department gave it (e.g. a CT renamed to match a wrong
/// booking): a collateral change that breaks everything else that relies on the setting.
/// </summary>
public sealed class DeviceSettingKeptGuard : IGuard
{
    private readonly DeviceSettingEqualsObjective _setting = new();

    public string Type => "device-setting-kept";
    public string Summary => "Trips when a modality's setting (AE title, destination, worklist) differs from the value the department gave it.";

    public IReadOnlyList<ParameterSpec> Parameters => _setting.Parameters.Where(p => p.Name != "value").ToList();

    public async Task<CheckOutcome> EvaluateAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var kept = await _setting.EvaluateAsync(context, arguments, cancellationToken).ConfigureAwait(false);
        return new CheckOutcome(!kept.Passed, kept.Observed);
    }
}
