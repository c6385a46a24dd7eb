using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Actions;

/// <summary>Corrects a PACS patient's demographics in the index and every file (POST /api/pacs/corrections/edit-patient).</summary>
public sealed class EditPatientAction : IScenarioAction
{
    public string Type => "edit-patient";
    public string Summary => "Corrects a patient's name, birth date, sex or Patient ID in the PACS (index and files); fields left out stay as they are.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Needed("patient", ParameterKind.Text, "the Patient ID of the PACS record to edit"),
        ParameterSpec.Optional("name", ParameterKind.Text, "the corrected name, DICOM form FAMILY^GIVEN"),
        ParameterSpec.Optional("birthDate", ParameterKind.Date, "the corrected birth date"),
        ParameterSpec.Optional("sex", ParameterKind.Text, "the corrected sex: M, F or O"),
        ParameterSpec.Optional("newId", ParameterKind.Text, "a corrected Patient ID (one no other patient has; otherwise it is a merge)"),
    ];

    public Task RunAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        if (!new[] { "name", "birthDate", "sex", "newId" }.Any(arguments.Has))
            throw new ScenarioStepException("edit-patient changes nothing: give at least one of name, birthDate, sex, newId");
        return MisfiledCorrections.EditPatientAsync(context, arguments.Text("patient"), new
        {
            PatientId = arguments.Optional("newId"),
            PatientName = arguments.Optional("name"),
            PatientBirthDate = arguments.Optional("birthDate"),
            PatientSex = arguments.Optional("sex"),
        }, cancellationToken);
    }
}
