using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Faults;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Actions;

/// <summary>Sets the PACS's storage quota (PUT /api/pacs/storage-settings); 0 removes it.</summary>
public sealed class SetStorageQuotaAction : IScenarioAction
{
    public string Type => "set-storage-quota";
    public string Summary => "Sets the PACS's storage quota in megabytes (0: no quota at all).";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
        [ParameterSpec.Needed("megabytes", ParameterKind.Integer, "the quota in MB (1 MB = 1 000 000 bytes); 0 removes the quota")];

    public Task RunAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken) =>
        ConnectivitySettings.SetQuotaAsync(context, arguments.Integer("megabytes") * 1_000_000L, cancellationToken);
}
