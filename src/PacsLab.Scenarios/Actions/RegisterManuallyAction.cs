using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Actions;

/// <summary>
/// The technologist types the patient in at the modality (no worklist) and acquires. The typed values are the
/// patient's own unless overridden, which is how typos and wrong IDs are written.
/// </summary>
public sealed class RegisterManuallyAction : IScenarioAction
{
    public string Type => "register-manually";
    public string Summary => "Registers a patient by hand at a modality (typed name, ID, birth date, accession) and acquires; waits for the first send attempt.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Needed("device", ParameterKind.Device, "the modality"),
        ParameterSpec.Needed("patient", ParameterKind.Patient, "the patient on the table (the typed values default to theirs)"),
        ParameterSpec.Optional("accession", ParameterKind.Text, "the accession number typed from the paper order (empty: none)"),
        ParameterSpec.Optional("typedName", ParameterKind.Text, "the name as typed, when it differs (a typo), DICOM form FAMILY^GIVEN"),
        ParameterSpec.Optional("typedId", ParameterKind.Text, "the patient ID as typed, when it differs (empty: the modality makes a temporary ID)"),
        ParameterSpec.Optional("typedBirthDate", ParameterKind.Date, "the birth date as typed, when it differs"),
        ParameterSpec.Optional("typedSex", ParameterKind.Text, "the sex as typed, when it differs"),
        ParameterSpec.Optional("description", ParameterKind.Text, "the study description typed"),
        ParameterSpec.Optional("as", ParameterKind.NewStudyName, "a name for the study, for objectives and later steps"),
    ];

    public Task RunAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var patient = context.State.Patient(arguments.Text("patient"));
        var registration = new
        {
            PatientName = arguments.Optional("typedName") ?? patient.PatientName,
            PatientId = arguments.Has("typedId") ? arguments.Optional("typedId") ?? "" : patient.PatientId,
            BirthDate = arguments.Optional("typedBirthDate") ?? patient.BirthDate,
            Sex = arguments.Optional("typedSex") ?? patient.Sex,
            AccessionNumber = arguments.Optional("accession") ?? "",
            StudyDescription = arguments.Optional("description"),
        };
        return DepartmentSteps.RegisterManuallyAsync(context, arguments.Text("device"), registration, arguments.Optional("as"), cancellationToken);
    }
}
