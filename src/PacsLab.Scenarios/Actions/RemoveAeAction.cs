using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Faults;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Actions;

/// <summary>The PACS AE table's "remove" (DELETE /api/pacs/ae-table/{ae}).</summary>
public sealed class RemoveAeAction : IScenarioAction
{
    public string Type => "remove-ae";
    public string Summary => "Removes an entry from the PACS AE table.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } = [ParameterSpec.Needed("ae", ParameterKind.AeTitle, "the entry's AE title")];

    public async Task RunAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken) =>
        await context.Api.DeleteAsync(ConnectivityAeTable.Path(arguments.Text("ae")), cancellationToken).ConfigureAwait(false);
}
