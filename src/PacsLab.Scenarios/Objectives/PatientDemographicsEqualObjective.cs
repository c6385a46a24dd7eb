using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Objectives;

/// <summary>
/// The PACS's record of a patient has the given name, birth date and sex; fields left out are compared with the
/// patient's registered demographics (the sample catalog or setup.patients), when the scenario knows the patient.
/// </summary>
public sealed class PatientDemographicsEqualObjective : IObjective
{
    public string Type => "patient-demographics-equal";
    public string Summary => "The PACS's record of a patient has the right name, birth date and sex (by default the patient's registered ones).";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Needed("patient", ParameterKind.Text, "the Patient ID"),
        ParameterSpec.Optional("name", ParameterKind.Text, "the name it must have, DICOM form FAMILY^GIVEN"),
        ParameterSpec.Optional("birthDate", ParameterKind.Date, "the birth date it must have"),
        ParameterSpec.Optional("sex", ParameterKind.Text, "the sex it must have: M, F or O"),
    ];

    public async Task<CheckOutcome> EvaluateAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var id = arguments.Text("patient");
        context.State.Patients.TryGetValue(id, out var registered);
        var name = arguments.Optional("name") ?? registered?.PatientName;
        var birthDate = arguments.Optional("birthDate") ?? registered?.BirthDate;
        var sex = arguments.Optional("sex") ?? registered?.Sex;
        if (name is null && birthDate is null && sex is null)
            throw new ScenarioStepException($"patient {id} is not a registered patient of the scenario; give name, birthDate or sex to compare with");

        var row = await MisfiledPacsLookup.PatientAsync(context, id, cancellationToken).ConfigureAwait(false);
        if (row is null) return CheckOutcome.No($"the PACS has no patient {id} with a study");
        var foundName = row.GetValueOrDefault("PatientName", "");
        var foundBirth = row.GetValueOrDefault("PatientBirthDate", "");
        var foundSex = row.GetValueOrDefault("PatientSex", "");
        var observed = $"patient {id} is {foundName}, born {(foundBirth.Length > 0 ? foundBirth : "(no date)")}, sex {(foundSex.Length > 0 ? foundSex : "(none)")}";
        var matches = (name is null || MisfiledPacsLookup.SameName(foundName, name))
                      && (birthDate is null || foundBirth == birthDate)
                      && (sex is null || foundSex == sex);
        return matches ? CheckOutcome.Yes(observed) : CheckOutcome.No(observed);
    }
}
