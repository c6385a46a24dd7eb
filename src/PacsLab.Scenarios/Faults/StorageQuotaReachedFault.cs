using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Faults;

/// <summary>
/// The PACS's storage quota is exactly what it already holds: every new image is refused with 0xA700 (out of
/// resources), as on the night the archive fills up.
/// </summary>
public sealed class StorageQuotaReachedFault : IFault
{
    public string Type => "storage-quota-reached";
    public string Summary => "Sets the PACS's storage quota to its current usage, so every new image is refused with 0xA700.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } = [];

    public async Task InjectAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var (_, used) = await ConnectivitySettings.StorageAsync(context, cancellationToken).ConfigureAwait(false);
        // 0 would mean "no quota"; an empty archive gets the smallest quota instead.
        await ConnectivitySettings.SetQuotaAsync(context, Math.Max(used, 1), cancellationToken).ConfigureAwait(false);
    }

    public string Describe(StepArguments arguments) => "The PACS's storage quota was set to the space its archive already used.";

    public Task UndoAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken) =>
        ConnectivitySettings.SetQuotaAsync(context, 0, cancellationToken);
}
