using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Objectives;

/// <summary>The PACS no longer shows the patient: a duplicate record merged away (or emptied by moving its studies).</summary>
public sealed class PatientAbsentObjective : IObjective
{
    public string Type => "patient-absent";
    public string Summary => "The PACS no longer has a patient with the given ID (a duplicate record merged away).";

    public IReadOnlyList<ParameterSpec> Parameters { get; } = [ParameterSpec.Needed("patient", ParameterKind.Text, "the Patient ID that must be gone")];

    public async Task<CheckOutcome> EvaluateAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var id = arguments.Text("patient");
        var row = await MisfiledPacsLookup.PatientAsync(context, id, cancellationToken).ConfigureAwait(false);
        if (row is null) return CheckOutcome.Yes($"the PACS has no patient {id}");
        var studies = row.GetValueOrDefault("NumberOfPatientRelatedStudies", "?");
        return CheckOutcome.No($"the PACS still has patient {MisfiledPacsLookup.PatientText(row)} with {studies} {(studies == "1" ? "study" : "studies")}");
    }
}
