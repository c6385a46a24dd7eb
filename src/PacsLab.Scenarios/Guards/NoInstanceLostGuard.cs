using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Lab;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Guards;

/// <summary>
/// Trips when an image the PACS held when the ticket was handed out is gone: every SOP Instance UID of the baseline
/// must still be in the PACS (corrections keep SOP Instance UIDs). An image whose study is only in the recycle bin
/// is not lost (no-study-deleted judges that); a purged one is.
/// </summary>
public sealed class NoInstanceLostGuard : IGuard
{
    public string Type => "no-instance-lost";
    public string Summary => "Trips when an image the PACS held at the ticket is gone for good (purged, or lost by a failed correction).";

    public IReadOnlyList<ParameterSpec> Parameters { get; } = [];

    public async Task<CheckOutcome> EvaluateAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var now = await PacsInventory.InstanceUidsAsync(context, cancellationToken).ConfigureAwait(false);
        var lost = new List<string>();
        foreach (var uid in context.State.BaselineInstances.Where(u => !now.Contains(u)).Order(StringComparer.Ordinal))
        {
            if (!await InRecycleBinAsync(context, uid, cancellationToken).ConfigureAwait(false)) lost.Add(uid);
        }
        return lost.Count == 0
            ? CheckOutcome.No($"all {context.State.BaselineInstances.Count} images the PACS held at the ticket are still there")
            : CheckOutcome.Yes($"{lost.Count} of the {context.State.BaselineInstances.Count} images the PACS held at the ticket are gone, e.g. SOP Instance UID {lost[0]}");
    }

    /// <summary>The instance API answers 404 for both; only for an instance of a deleted study does it say "recycle bin".</summary>
    private static async Task<bool> InRecycleBinAsync(ScenarioContext context, string sopInstanceUid, CancellationToken cancellationToken)
    {
        try
        {
            await context.Api.GetAsync($"/api/pacs/instances/{Uri.EscapeDataString(sopInstanceUid)}/header", cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (LabApiException ex) when (ex.Status == System.Net.HttpStatusCode.NotFound)
        {
            return ex.Detail.Contains("recycle bin", StringComparison.Ordinal);
        }
    }
}
