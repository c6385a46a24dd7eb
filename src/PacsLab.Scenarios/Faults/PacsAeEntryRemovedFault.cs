using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Faults;

/// <summary>Someone tidied the PACS AE table and removed a device's entry: the PACS no longer knows that AE title.</summary>
public sealed class PacsAeEntryRemovedFault : IFault
{
    public string Type => "pacs-ae-entry-removed";
    public string Summary => "A device's entry is removed from the PACS AE table (calling AE then unknown, no C-MOVE destination).";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
        [ParameterSpec.Needed("ae", ParameterKind.AeTitle, "the AE title whose entry goes (a modality's, or the workstation's RAD_WS1)")];

    public async Task InjectAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken) =>
        await context.Api.DeleteAsync(ConnectivityAeTable.Path(arguments.Text("ae")), cancellationToken).ConfigureAwait(false);

    public string Describe(StepArguments arguments) => $"The PACS AE table entry {arguments.Text("ae")} was removed.";

    public Task UndoAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken) =>
        ConnectivityAeTable.Original(context, arguments.Text("ae")) is { } entry
            ? ConnectivityAeTable.SaveAsync(context, entry, cancellationToken)
            : throw new ScenarioStepException($"the department has no device with the AE title '{arguments.Text("ae")}' to restore");
}
