using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Objectives;

/// <summary>The named study is filed under the given Patient ID (and, when given, that patient name) in the PACS.</summary>
public sealed class StudyBelongsToPatientObjective : IObjective
{
    public string Type => "study-belongs-to-patient";
    public string Summary => "The named study is filed under the given Patient ID, and under the given name when one is given.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Needed("study", ParameterKind.Study, "the study to follow"),
        ParameterSpec.Needed("patient", ParameterKind.Text, "the Patient ID it must be filed under"),
        ParameterSpec.Optional("name", ParameterKind.Text, "the patient name it must carry, DICOM form FAMILY^GIVEN"),
    ];

    public async Task<CheckOutcome> EvaluateAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var name = arguments.Text("study");
        if (MisfiledPacsLookup.Named(context, name) is not { } study) return CheckOutcome.No(MisfiledPacsLookup.NotMadeYet(name));
        var row = await MisfiledPacsLookup.StudyAsync(context, study.StudyInstanceUid, cancellationToken).ConfigureAwait(false);
        if (row is null) return CheckOutcome.No(MisfiledPacsLookup.Missing(study));
        var where = $"study {study.Name} is under {MisfiledPacsLookup.PatientText(row)}";
        var rightId = row.GetValueOrDefault("PatientID") == arguments.Text("patient");
        var rightName = arguments.Optional("name") is not { } wantedName || MisfiledPacsLookup.SameName(row.GetValueOrDefault("PatientName"), wantedName);
        return rightId && rightName ? CheckOutcome.Yes(where) : CheckOutcome.No(where);
    }
}
