using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Faults;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Actions;

/// <summary>The AE table's test button: the PACS sends C-ECHO to the entry. A failed echo is information, not a failed step.</summary>
public sealed class EchoAeAction : IScenarioAction
{
    public string Type => "echo-ae";
    public string Summary => "The PACS sends C-ECHO to an AE table entry (its test button); the result is logged, a failure does not stop the steps.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } = [ParameterSpec.Needed("ae", ParameterKind.AeTitle, "the entry's AE title")];

    public async Task RunAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var result = await context.Api.PostAsync($"{ConnectivityAeTable.Path(arguments.Text("ae"))}/echo", null, cancellationToken).ConfigureAwait(false);
        ConnectivityLog.StepResult(context.Logger, Type, arguments.Text("ae"), result?["message"]?.ToString() ?? "");
    }
}
