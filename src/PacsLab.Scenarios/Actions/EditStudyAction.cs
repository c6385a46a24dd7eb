using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Actions;

/// <summary>Corrects a named study's attributes in the index and every file (POST /api/pacs/corrections/edit-study).</summary>
public sealed class EditStudyAction : IScenarioAction
{
    public string Type => "edit-study";
    public string Summary => "Corrects a study's accession number, description or referring physician in the PACS (index and files); fields left out stay as they are.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Needed("study", ParameterKind.Study, "the study to edit"),
        ParameterSpec.Optional("accession", ParameterKind.Text, "the corrected accession number (empty clears it)"),
        ParameterSpec.Optional("description", ParameterKind.Text, "the corrected study description"),
        ParameterSpec.Optional("referringPhysician", ParameterKind.Text, "the corrected referring physician, DICOM form FAMILY^GIVEN"),
    ];

    public Task RunAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        if (!new[] { "accession", "description", "referringPhysician" }.Any(arguments.Has))
            throw new ScenarioStepException("edit-study changes nothing: give at least one of accession, description, referringPhysician");
        return MisfiledCorrections.EditStudyAsync(context, context.State.Study(arguments.Text("study")).StudyInstanceUid, new
        {
            AccessionNumber = arguments.Optional("accession"),
            StudyDescription = arguments.Optional("description"),
            ReferringPhysicianName = arguments.Optional("referringPhysician"),
        }, cancellationToken);
    }
}
