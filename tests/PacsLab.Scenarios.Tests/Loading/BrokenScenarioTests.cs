using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Loading;

namespace PacsLab.Scenarios.Tests.Loading;

/// <summary>
/// Each file in Broken/ is a valid scenario with one mistake; `pacslab scenario validate` must report exactly that
/// mistake, on its line, in words that say what is wrong and what would be right.
/// </summary>
public class BrokenScenarioTests
{
    public static TheoryData<string, int, string> Cases() => new()
    {
        { "malformed-yaml.yaml", 22, "not valid YAML" },
        { "duplicate-field.yaml", 39, "not valid YAML: Duplicate key check. Check the indentation, the quotes and for a field written twice" },
        { "unknown-top-level-field.yaml", 6, "unknown field 'duration'; the fields here are id, title" },
        { "unknown-fault-type.yaml", 20, "unknown fault type 'modality-ae-rest'. Did you mean 'modality-ae-reset'?" },
        { "unknown-objective-type.yaml", 30, "unknown objective type 'study-in-pac'. Did you mean 'study-in-pacs'?" },
        { "unknown-guard-type.yaml", 36, "unknown guard type 'association-check-stay-on'. Did you mean 'association-check-stays-on'?" },
        { "unknown-action.yaml", 50, "unknown action 'resend-job'. Did you mean 'resend-jobs'? The catalog's are: acquire," },
        { "missing-parameter.yaml", 20, "the fault type 'modality-ae-reset' needs the parameter 'factoryAeTitle'" },
        { "unknown-parameter.yaml", 49, "unknown parameter 'aetitle' for the action 'edit-device'. Did you mean 'aeTitle'? Its parameters are device, aeTitle," },
        { "wrong-kind-port.yaml", 50, "'70000' is not a TCP port; 'port' takes a whole number from 1 to 65535" },
        { "wrong-kind-ae-title.yaml", 22, "the AE title 'US_FACTORY_DEFAULT' has 18 characters; DICOM allows at most 16" },
        { "wrong-kind-flag.yaml", 56, "'maybe' is not a flag; 'callingAe' takes true or false" },
        { "wrong-kind-date.yaml", 28, "'1985-07-02' is not a DICOM date; 'typedBirthDate' takes a date written YYYYMMDD" },
        { "wrong-choice.yaml", 38, "'calling-aet' is not one of called-ae, calling-ae, peer-host. Did you mean 'calling-ae'?" },
        { "list-for-single-value.yaml", 51, "'device' takes a single value (a device of department.yaml), not a list" },
        { "unknown-device.yaml", 21, "'US_CLINC' is not a device of the department. Did you mean 'US_CLINIC'? The devices are: CT_ROOM1, MR_3T, CR_ER, US_CLINIC" },
        { "unknown-patient.yaml", 26, "no patient has the ID 'PL999999'. Use a patient of the sample catalog or of setup.patients: PL100001," },
        { "unknown-order.yaml", 26, "no order has the accession number 'V10002'." },
        { "unknown-study.yaml", 32, "no study is named 'abdomem'. Did you mean 'abdomen'?" },
        { "study-used-before-defined.yaml", 31, "the study 'abdomen' is used before it is defined (at line 52)" },
        { "trips-unknown-guard.yaml", 53, "trips 'calling-ae-check-of', which is not a guard id of this scenario. Did you mean 'calling-ae-check-on'? The guards are: calling-ae-check-on" },
        { "id-file-mismatch.yaml", 1, "the id 'us-probe-repair' does not match the file name 'id-file-mismatch.yaml'" },
        { "id-not-lower-case-words.yaml", 1, "'Id_Not_Lower_Case_Words' is not a scenario id; write lower-case words joined by '-', e.g. id-not-lower-case-words" },
        { "no-objectives.yaml", 29, "the list 'objectives' is empty; a scenario needs at least one objective" },
        { "no-solution.yaml", 1, "the list 'solution' is missing; a scenario needs a solution" },
        { "no-hints.yaml", 1, "the list 'hints' is missing; a scenario needs hints" },
        { "duplicate-objective-id.yaml", 35, "the objective id 'abdomen-arrived' is already used at line 30" },
        { "duplicate-study-name.yaml", 32, "the study name 'abdomen' is already given at line 15" },
        { "setup-patient-bad-birth-date.yaml", 12, "'1985-07-02' is not a DICOM date; write the birth date as YYYYMMDD" },
        { "setup-patient-bad-sex.yaml", 13, "'X' is not a DICOM Patient's Sex (0010,0040); write M, F or O" },
        { "setup-order-catalog-accession.yaml", 15, "the accession number 'A10001' is already an order of the sample catalog" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Check_BrokenFile_ReportsItsOneProblemOnItsLine(string file, int line, string text)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Broken", file);

        var result = await ScenarioValidator.CheckFileAsync(path, ScenarioCatalog.Default);

        Assert.False(result.IsValid);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(path, problem.Source);
        Assert.Equal(line, problem.Line);
        Assert.Contains(text, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cases_CoverEveryFileInBroken()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Broken"), "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        var cases = Cases().Select(c => (string)c[0]).Order(StringComparer.Ordinal);
        Assert.Equal(files, cases);
    }
}
