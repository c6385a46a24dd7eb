using PacsLab.Scenarios.Actions;
using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Faults;

/// <summary>
/// A patient is registered by hand with the right Patient ID but a typo in the name and/or the birth date. When the
/// PACS does not know the patient yet, its patient record takes the typo; when it does, the files carry it.
/// </summary>
public sealed class DemographicsTypoFault : IFault
{
    public string Type => "demographics-typo";
    public string Summary => "A patient is registered by hand at a modality with a typo in the name and/or birth date.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Needed("device", ParameterKind.Device, "the modality"),
        ParameterSpec.Needed("patient", ParameterKind.Patient, "the patient on the table (the Patient ID is typed right)"),
        ParameterSpec.Optional("typedName", ParameterKind.Text, "the name as typed, with its typo, DICOM form FAMILY^GIVEN"),
        ParameterSpec.Optional("typedBirthDate", ParameterKind.Date, "the birth date as typed, with its typo"),
        ParameterSpec.Optional("accession", ParameterKind.Text, "the accession number typed from the paper request (empty: none)"),
        ParameterSpec.Optional("description", ParameterKind.Text, "the study description typed"),
        ParameterSpec.Needed("as", ParameterKind.NewStudyName, "a name for the study"),
    ];

    public Task InjectAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        if (!arguments.Has("typedName") && !arguments.Has("typedBirthDate"))
            throw new ScenarioStepException("demographics-typo needs a typo: give typedName, typedBirthDate or both");
        var patient = context.State.Patient(arguments.Text("patient"));
        return DepartmentSteps.RegisterManuallyAsync(context, arguments.Text("device"), new
        {
            PatientName = arguments.Optional("typedName") ?? patient.PatientName,
            patient.PatientId,
            BirthDate = arguments.Optional("typedBirthDate") ?? patient.BirthDate,
            patient.Sex,
            AccessionNumber = arguments.Optional("accession") ?? "",
            StudyDescription = arguments.Optional("description"),
        }, arguments.Text("as"), cancellationToken);
    }

    public string Describe(StepArguments arguments) =>
        $"At {arguments.Text("device")} patient {arguments.Text("patient")} was registered by hand as " +
        string.Join(", ", new[] { arguments.Optional("typedName") is { } n ? $"name '{n}'" : null, arguments.Optional("typedBirthDate") is { } d ? $"born {d}" : null }
            .Where(s => s is not null)) + $" (study '{arguments.Text("as")}').";

    public Task UndoAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var patient = context.State.Patient(arguments.Text("patient"));
        return MisfiledCorrections.EditPatientAsync(context, patient.PatientId, new
        {
            PatientName = arguments.Has("typedName") ? patient.PatientName : null,
            PatientBirthDate = arguments.Has("typedBirthDate") ? patient.BirthDate ?? "" : null,
        }, cancellationToken);
    }
}
