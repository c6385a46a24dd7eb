using PacsLab.Scenarios.Actions;
using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Faults;

/// <summary>
/// An exam is registered by hand with an accession number mistyped from the paper request, one that another study in
/// the PACS already carries: two different studies now share an accession number, and report routing goes astray.
/// </summary>
public sealed class DuplicateAccessionNumberFault : IFault
{
    public string Type => "duplicate-accession-number";
    public string Summary => "An exam registered by hand gets an accession number another study already carries.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Needed("device", ParameterKind.Device, "the modality"),
        ParameterSpec.Needed("patient", ParameterKind.Patient, "the patient on the table"),
        ParameterSpec.Needed("accession", ParameterKind.Text, "the accession number typed, which another study already carries"),
        ParameterSpec.Optional("correctAccession", ParameterKind.Order, "the accession number of the order really performed (the reference fix sets it)"),
        ParameterSpec.Optional("description", ParameterKind.Text, "the study description typed"),
        ParameterSpec.Needed("as", ParameterKind.NewStudyName, "a name for the study with the duplicate accession number"),
    ];

    public Task InjectAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var patient = context.State.Patient(arguments.Text("patient"));
        return DepartmentSteps.RegisterManuallyAsync(context, arguments.Text("device"), new
        {
            patient.PatientName, patient.PatientId, patient.BirthDate, patient.Sex,
            AccessionNumber = arguments.Text("accession"),
            StudyDescription = arguments.Optional("description"),
        }, arguments.Text("as"), cancellationToken);
    }

    public string Describe(StepArguments arguments) =>
        $"At {arguments.Text("device")} patient {arguments.Text("patient")}'s exam (study '{arguments.Text("as")}') was registered by hand with accession number {arguments.Text("accession")}, " +
        $"which another study already carries" +
        (arguments.Optional("correctAccession") is { } right ? $"; it should be {right}." : ".");

    /// <summary>Gives the study its right accession number (or none, when the scenario does not say which).</summary>
    public Task UndoAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken) =>
        MisfiledCorrections.EditStudyAsync(context, context.State.Study(arguments.Text("as")).StudyInstanceUid,
            new { AccessionNumber = arguments.Optional("correctAccession") ?? "" }, cancellationToken);
}
