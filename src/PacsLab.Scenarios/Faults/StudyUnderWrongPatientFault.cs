using PacsLab.Scenarios.Actions;
using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Faults;

/// <summary>
/// The technologist picked the wrong worklist entry: the patient of one order was scanned, but another order on the
/// same modality was selected, so the study carries the other patient's demographics and accession number.
/// </summary>
public sealed class StudyUnderWrongPatientFault : IFault
{
    public string Type => "study-under-wrong-patient";
    public string Summary => "A technologist picks the wrong worklist entry: the study goes to the PACS under another patient's demographics and accession number.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Needed("device", ParameterKind.Device, "the modality"),
        ParameterSpec.Needed("performed", ParameterKind.Order, "the order that was really performed (the patient on the table)"),
        ParameterSpec.Needed("picked", ParameterKind.Order, "the worklist entry picked by mistake (another patient's order on the same modality)"),
        ParameterSpec.Needed("as", ParameterKind.NewStudyName, "a name for the misfiled study"),
    ];

    public Task InjectAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken) =>
        DepartmentSteps.AcquireAsync(context, arguments.Text("device"), arguments.Text("picked"), arguments.Text("as"), cancellationToken);

    public string Describe(StepArguments arguments) =>
        $"On {arguments.Text("device")} the patient of order {arguments.Text("performed")} was scanned, but the worklist entry of order " +
        $"{arguments.Text("picked")} was picked: study '{arguments.Text("as")}' carries the picked order's patient and accession number.";

    /// <summary>Files the study under the performed order's patient and gives it that order's accession number and procedure.</summary>
    public async Task UndoAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var study = context.State.Study(arguments.Text("as"));
        var order = await context.Api.GetAsync($"/api/ris/orders/{Uri.EscapeDataString(arguments.Text("performed"))}", cancellationToken).ConfigureAwait(false);
        var patientId = order?["patient"]?["patientId"]?.ToString()
                        ?? throw new ScenarioStepException($"the RIS did not say whose order {arguments.Text("performed")} is");
        await MisfiledCorrections.ReassignAsync(context, study.StudyInstanceUid, patientId, cancellationToken).ConfigureAwait(false);
        var procedure = order["requestedProcedureDescription"]?.ToString();
        await MisfiledCorrections.EditStudyAsync(context, study.StudyInstanceUid, new
        {
            AccessionNumber = arguments.Text("performed"),
            StudyDescription = string.IsNullOrEmpty(procedure) ? null : procedure,
        }, cancellationToken).ConfigureAwait(false);
    }
}
