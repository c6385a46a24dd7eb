using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Actions;

/// <summary>The modality's service-menu Verify: C-ECHO to its destination and its worklist provider. A failure is information, not a failed step.</summary>
public sealed class VerifyDeviceAction : IScenarioAction
{
    public string Type => "verify-device";
    public string Summary => "Runs a modality's service-menu Verify (C-ECHO to its destination and worklist); the result is logged.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } = [ParameterSpec.Needed("device", ParameterKind.Device, "the modality")];

    public static string Path(string device) => $"/api/department/modalities/{Uri.EscapeDataString(device)}/verify";

    public async Task RunAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var report = await context.Api.PostAsync(Path(arguments.Text("device")), null, cancellationToken).ConfigureAwait(false);
        ConnectivityLog.StepResult(context.Logger, Type, arguments.Text("device"),
            $"destination: {report?["destination"]?["message"]}; worklist: {report?["worklist"]?["message"]}");
    }
}
