using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Objectives;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Guards;

/// <summary>
/// Trips when any study was moved to the recycle bin since the ticket (restoring it afterwards does not undo the
/// time clinicians could not see it), or when the named study is not in the PACS now.
/// </summary>
public sealed class NoStudyDeletedGuard : IGuard
{
    public string Type => "no-study-deleted";
    public string Summary => "Trips when a study was deleted (moved to the recycle bin) since the ticket, or when the named study is missing now.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
        [ParameterSpec.Optional("study", ParameterKind.Study, "a study that must still be in the PACS at the end")];

    public async Task<CheckOutcome> EvaluateAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var deleted = await AuditTrail.SinceTicketAsync(context, "study-deleted", cancellationToken).ConfigureAwait(false);
        if (deleted.Count > 0)
        {
            var first = deleted[0];
            var more = deleted.Count > 1 ? $" ({deleted.Count} deletions in all)" : "";
            return CheckOutcome.Yes($"{AuditTrail.Text(first, "target")} was deleted {AuditTrail.When(first)}{more}");
        }
        if (arguments.Optional("study") is { } name)
        {
            var study = context.State.Study(name);
            if (await MisfiledPacsLookup.StudyAsync(context, study.StudyInstanceUid, cancellationToken).ConfigureAwait(false) is null)
                return CheckOutcome.Yes(MisfiledPacsLookup.Missing(study));
        }
        return CheckOutcome.No("no study was deleted");
    }
}
