using PacsLab.Scenarios.Actions;
using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Faults;

/// <summary>
/// A patient the PACS already knows is registered by hand at a modality under a second ID (a trauma alias or a
/// temporary ID): the PACS now shows two patient records for one person, and the new study is not with the priors.
/// </summary>
public sealed class DuplicatePatientRecordFault : IFault
{
    public string Type => "duplicate-patient-record";
    public string Summary => "A known patient is registered by hand under a second or temporary ID, so the PACS holds two records for one person.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Needed("device", ParameterKind.Device, "the modality"),
        ParameterSpec.Needed("patient", ParameterKind.Patient, "the patient on the table (already in the PACS)"),
        ParameterSpec.Needed("typedId", ParameterKind.Text, "the second Patient ID typed in (e.g. a trauma or temporary ID)"),
        ParameterSpec.Optional("typedName", ParameterKind.Text, "the name typed with it, when it differs (e.g. a trauma alias), DICOM form"),
        ParameterSpec.Optional("typedBirthDate", ParameterKind.Date, "the birth date typed with it, when it differs"),
        ParameterSpec.Optional("accession", ParameterKind.Text, "the accession number typed (empty: none)"),
        ParameterSpec.Optional("description", ParameterKind.Text, "the study description typed"),
        ParameterSpec.Needed("as", ParameterKind.NewStudyName, "a name for the study made under the second ID"),
    ];

    public Task InjectAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var patient = context.State.Patient(arguments.Text("patient"));
        return DepartmentSteps.RegisterManuallyAsync(context, arguments.Text("device"), new
        {
            PatientName = arguments.Optional("typedName") ?? patient.PatientName,
            PatientId = arguments.Text("typedId"),
            BirthDate = arguments.Optional("typedBirthDate") ?? patient.BirthDate,
            patient.Sex,
            AccessionNumber = arguments.Optional("accession") ?? "",
            StudyDescription = arguments.Optional("description"),
        }, arguments.Text("as"), cancellationToken);
    }

    public string Describe(StepArguments arguments) =>
        $"At {arguments.Text("device")} patient {arguments.Text("patient")} was registered by hand as {arguments.Text("typedId")}" +
        (arguments.Optional("typedName") is { } name ? $" ({name})" : "") +
        $": study '{arguments.Text("as")}' is under a second patient record; merge {arguments.Text("typedId")} into {arguments.Text("patient")}.";

    public Task UndoAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken) =>
        MisfiledCorrections.MergeAsync(context, arguments.Text("typedId"), arguments.Text("patient"), cancellationToken);
}
