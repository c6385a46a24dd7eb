using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Objectives;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Guards;

/// <summary>
/// Trips when the named study is filed under the given (wrong) patient now, or was moved to that patient at any
/// time since the ticket (by a reassign or a merge): for a while, that patient's record showed someone else's images.
/// </summary>
public sealed class StudyNotFiledUnderGuard : IGuard
{
    public string Type => "study-not-filed-under";
    public string Summary => "Trips when the named study is, or was at any time since the ticket, filed under the given wrong patient.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Needed("study", ParameterKind.Study, "the study to watch"),
        ParameterSpec.Needed("patient", ParameterKind.Text, "the Patient ID it must never be filed under"),
    ];

    public async Task<CheckOutcome> EvaluateAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var study = context.State.Study(arguments.Text("study"));
        var wrong = arguments.Text("patient");
        var row = await MisfiledPacsLookup.StudyAsync(context, study.StudyInstanceUid, cancellationToken).ConfigureAwait(false);
        if (row?.GetValueOrDefault("PatientID") == wrong)
            return CheckOutcome.Yes($"study {study.Name} is filed under {MisfiledPacsLookup.PatientText(row)}");
        // The audit's "after" holds the study as JSON with the patient it went to: {"studyInstanceUid":"...","patientId":"PL100003",...}.
        var patientProperty = $"\"patientId\":\"{wrong}\"";
        foreach (var action in new[] { "study-reassigned", "patients-merged" })
        {
            var rows = await AuditTrail.SinceTicketAsync(context, action, cancellationToken).ConfigureAwait(false);
            var moved = rows.FirstOrDefault(r => AuditTrail.Text(r, "after") is var after
                                                 && after.Contains(study.StudyInstanceUid, StringComparison.Ordinal)
                                                 && after.Contains(patientProperty, StringComparison.Ordinal));
            if (moved is not null)
                return CheckOutcome.Yes($"study {study.Name} was filed under {wrong} {AuditTrail.When(moved)} ({action}); it has been moved away again since");
        }
        return CheckOutcome.No(row is null ? $"study {study.Name} was never filed under {wrong}" : $"study {study.Name} is under {MisfiledPacsLookup.PatientText(row)}");
    }
}
