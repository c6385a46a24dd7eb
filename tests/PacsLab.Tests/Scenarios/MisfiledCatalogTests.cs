using Microsoft.Extensions.Logging.Abstractions;
using PacsLab.Scenarios;
using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Model;
using PacsLab.Scenarios.Objectives;
using PacsLab.Scenarios.Runner;
using PacsLab.TestKit;

namespace PacsLab.Tests.Scenarios;

/// <summary>
/// The trickier misfiled-study catalog entries against a real scenario lab: small in-test scenarios started by the
/// runner, then actions, faults' reference fixes, objectives and guards called as the self-test and a check would.
/// </summary>
public class MisfiledCatalogTests
{
    private const string Trainee = "trainee";
    private static readonly ScenarioCatalog Catalog = ScenarioCatalog.Default;

    [Fact]
    public async Task NoInstanceLost_AfterDeleteRestoreAndPurge_TripsOnlyOnPurge()
    {
        using var workspace = new TempDirectory("pacslab-misfiled");
        await using var session = await StartAsync(Scenario("lost", setupStudies: [Study("prior", "PL100002", "CR_ER", "M29001")]), workspace.Path);
        var context = session.Context.As(Trainee);
        var held = context.State.BaselineInstances.Count;
        Assert.True(held > 0);

        Assert.False((await GuardAsync(context, "no-instance-lost")).Passed);
        Assert.False((await GuardAsync(context, "no-study-deleted")).Passed);

        await ActAsync(context, "delete-study", ("study", "prior"));
        var afterDelete = await GuardAsync(context, "no-instance-lost");
        Assert.False(afterDelete.Passed, $"a study in the recycle bin is not lost, but the guard tripped: {afterDelete.Observed}");
        Assert.True((await GuardAsync(context, "no-study-deleted")).Passed);
        Assert.False((await GuardAsync(context, "no-study-purged")).Passed);

        await ActAsync(context, "restore-study", ("study", "prior"));
        Assert.True((await ObjectiveAsync(context, "study-instance-count", ("study", "prior"))).Passed);
        var restored = await GuardAsync(context, "no-study-deleted");
        Assert.True(restored.Passed, "a deletion since the ticket counts even after a restore");
        Assert.Contains("by api:trainee", restored.Observed);

        await ActAsync(context, "delete-study", ("study", "prior"));
        await ActAsync(context, "purge-study", ("study", "prior"));
        var afterPurge = await GuardAsync(context, "no-instance-lost");
        Assert.True(afterPurge.Passed);
        Assert.Contains($"{held} of the {held} images", afterPurge.Observed);
        Assert.True((await GuardAsync(context, "no-study-purged")).Passed);
    }

    [Fact]
    public async Task SplitSeries_WithAs_NamesNewStudyThatObjectivesFollow()
    {
        using var workspace = new TempDirectory("pacslab-misfiled");
        var scenario = Scenario("split", setupStudies: [Study("okafor", "PL100006", "CT_ROOM1", "M29011")],
            faults: [Step("series-of-two-patients", ("study", "okafor"), ("patient", "PL100012"), ("seriesAs", "other"))]);
        await using var session = await StartAsync(scenario, workspace.Path);
        var context = session.Context.As(Trainee);
        var okafor = context.State.Study("okafor");
        Assert.False((await ObjectiveAsync(context, "series-belongs-to-patient", ("series", "other"), ("patient", "PL100012"))).Passed);
        Assert.False((await ObjectiveAsync(context, "study-instance-count", ("study", "okafor"))).Passed);
        var notYet = await ObjectiveAsync(context, "study-attribute-equals", ("study", "alsayed"), ("attribute", "accession"), ("value", "M29012"));
        Assert.False(notYet.Passed);
        Assert.Contains("no study 'alsayed' yet", notYet.Observed);

        await ActAsync(context, "split-series", ("study", "okafor"), ("series", "other"), ("patient", "PL100012"), ("accession", "M29012"), ("as", "alsayed"));

        var split = context.State.Study("alsayed");
        Assert.NotEqual(okafor.StudyInstanceUid, split.StudyInstanceUid);
        Assert.Equal(4, split.InstanceCount);
        var row = await MisfiledPacsLookup.StudyAsync(context, split.StudyInstanceUid, CancellationToken.None);
        Assert.NotNull(row);
        Assert.Equal("PL100012", row["PatientID"]);
        Assert.Equal("AL-SAYED^OMAR", row["PatientName"]);
        Assert.True((await ObjectiveAsync(context, "series-belongs-to-patient", ("series", "other"), ("patient", "PL100012"))).Passed);
        Assert.True((await ObjectiveAsync(context, "study-instance-count", ("study", "okafor"))).Passed);
        Assert.True((await ObjectiveAsync(context, "study-attribute-equals", ("study", "alsayed"), ("attribute", "accession"), ("value", "M29012"))).Passed);
        Assert.False((await GuardAsync(context, "no-instance-lost")).Passed);
    }

    [Fact]
    public async Task StudyNotFiledUnder_ReassignedToWrongPatientAndBack_StillTrips()
    {
        using var workspace = new TempDirectory("pacslab-misfiled");
        await using var session = await StartAsync(Scenario("back", setupStudies: [Study("knee", "PL100001", "CR_ER", "M29021")]), workspace.Path);
        var context = session.Context.As(Trainee);
        var guard = new[] { ("study", "knee"), ("patient", "PL100002") };
        Assert.False((await GuardAsync(context, "study-not-filed-under", guard)).Passed);

        await ActAsync(context, "reassign-study", ("study", "knee"), ("patient", "PL100002"));
        var filed = await GuardAsync(context, "study-not-filed-under", guard);
        Assert.True(filed.Passed);
        Assert.Contains("PL100002 (DOE^JANE)", filed.Observed);

        await ActAsync(context, "reassign-study", ("study", "knee"), ("patient", "PL100001"));
        var moved = await GuardAsync(context, "study-not-filed-under", guard);
        Assert.True(moved.Passed, "moving the study back must not hide that it was filed under the wrong patient");
        Assert.Contains("moved away again", moved.Observed);
        Assert.True((await ObjectiveAsync(context, "study-belongs-to-patient", ("study", "knee"), ("patient", "PL100001"), ("name", "NAKAMURA^HARUKI"))).Passed);
    }

    [Fact]
    public async Task StudyUnderWrongPatient_ReferenceFix_FilesStudyWithPerformedOrder()
    {
        using var workspace = new TempDirectory("pacslab-misfiled");
        var fault = Step("study-under-wrong-patient", ("device", "CT_ROOM1"), ("performed", "M29031"), ("picked", "M29032"), ("as", "chest"));
        var scenario = Scenario("undo", orders: [Order("M29031", "PL100001", "CT CHEST WITH CONTRAST"), Order("M29032", "PL100003", "CT PULMONARY ANGIOGRAM")],
            faults: [fault]);
        await using var session = await StartAsync(scenario, workspace.Path);
        var context = session.Context.As(Trainee);
        var before = await ObjectiveAsync(context, "study-belongs-to-patient", ("study", "chest"), ("patient", "PL100001"));
        Assert.False(before.Passed);
        Assert.Contains("PL100003", before.Observed);

        await Catalog.Faults[fault.Type].UndoAsync(context, fault.Arguments, CancellationToken.None);

        Assert.True((await ObjectiveAsync(context, "study-belongs-to-patient", ("study", "chest"), ("patient", "PL100001"), ("name", "NAKAMURA^HARUKI"))).Passed);
        Assert.True((await ObjectiveAsync(context, "study-attribute-equals", ("study", "chest"), ("attribute", "accession"), ("value", "M29031"))).Passed);
        Assert.True((await ObjectiveAsync(context, "study-attribute-equals", ("study", "chest"), ("attribute", "description"), ("value", "CT CHEST WITH CONTRAST"))).Passed);
        // O'Brien had only the misfiled study, so the reassign emptied his record and the PACS removed it.
        Assert.True((await ObjectiveAsync(context, "patient-absent", ("patient", "PL100003"))).Passed);
    }

    [Fact]
    public async Task DuplicatePatientRecord_MergeWrongWayRound_TripsAndRightWayPasses()
    {
        using var workspace = new TempDirectory("pacslab-misfiled");
        var fault = Step("duplicate-patient-record", ("device", "CR_ER"), ("patient", "PL100008"), ("typedId", "TMP0001"), ("typedName", "TRAUMA^X"),
            ("as", "trauma"));
        var scenario = Scenario("merge", setupStudies: [Study("prior", "PL100008", "CR_ER", "M29041")], faults: [fault]);
        await using var session = await StartAsync(scenario, workspace.Path);
        var context = session.Context.As(Trainee);
        var duplicate = await ObjectiveAsync(context, "patient-absent", ("patient", "TMP0001"));
        Assert.False(duplicate.Passed);
        Assert.Contains("TMP0001 (TRAUMA^X)", duplicate.Observed);
        Assert.False((await GuardAsync(context, "patient-not-merged-away", ("patient", "PL100008"))).Passed);

        await Catalog.Faults[fault.Type].UndoAsync(context, fault.Arguments, CancellationToken.None);

        Assert.True((await ObjectiveAsync(context, "patient-absent", ("patient", "TMP0001"))).Passed);
        Assert.True((await ObjectiveAsync(context, "study-belongs-to-patient", ("study", "trauma"), ("patient", "PL100008"), ("name", "DUBOIS^JEAN-LUC"))).Passed);
        Assert.False((await GuardAsync(context, "patient-not-merged-away", ("patient", "PL100008"))).Passed);

        // Giving the real record another ID makes PL100008 vanish from the PACS, as a merge the wrong way round would.
        await ActAsync(context, "edit-patient", ("patient", "PL100008"), ("newId", "TMP0002"));
        Assert.True((await GuardAsync(context, "patient-not-merged-away", ("patient", "PL100008"))).Passed);
    }

    [Fact]
    public async Task AccessionNumberUnique_TwoCarriers_FailsQuotingBoth()
    {
        using var workspace = new TempDirectory("pacslab-misfiled");
        var fault = Step("duplicate-accession-number", ("device", "CR_ER"), ("patient", "PL100007"), ("accession", "M29051"), ("correctAccession", "M29052"),
            ("as", "olivia"));
        var scenario = Scenario("accession", orders: [Order("M29052", "PL100007", "XR CHEST PA", "CR_ER")],
            setupStudies: [Study("other", "PL100009", "CR_ER", "M29051")], faults: [fault]);
        await using var session = await StartAsync(scenario, workspace.Path);
        var context = session.Context.As(Trainee);
        var both = await ObjectiveAsync(context, "accession-number-unique", ("accession", "M29051"), ("study", "other"));
        Assert.False(both.Passed);
        Assert.Contains("2 studies carry accession number M29051", both.Observed);
        Assert.Contains("PL100007", both.Observed);
        Assert.Contains("PL100009", both.Observed);

        await ActAsync(context, "edit-study", ("study", "olivia"), ("accession", "M29052"));

        Assert.True((await ObjectiveAsync(context, "accession-number-unique", ("accession", "M29051"), ("study", "other"))).Passed);
        Assert.False((await ObjectiveAsync(context, "accession-number-unique", ("accession", "M29051"), ("study", "olivia"))).Passed);
    }

    [Fact]
    public void Catalog_HasEveryMisfiledEntry_WithSummaryAndParameters()
    {
        string[] faults = ["study-under-wrong-patient", "duplicate-patient-record", "demographics-typo", "series-of-two-patients", "duplicate-accession-number"];
        string[] actions = ["reassign-study", "merge-patients", "edit-patient", "edit-study", "split-series", "delete-study", "restore-study", "purge-study"];
        string[] objectives = ["study-belongs-to-patient", "study-attribute-equals", "patient-demographics-equal", "patient-absent", "series-belongs-to-patient",
            "accession-number-unique", "study-instance-count"];
        string[] guards = ["no-study-deleted", "no-study-purged", "no-instance-lost", "study-not-filed-under", "patient-not-merged-away"];
        var entries = faults.Select(t => (ICatalogEntry)Catalog.Faults[t]).Concat(actions.Select(t => Catalog.Actions[t]))
            .Concat(objectives.Select(t => Catalog.Objectives[t])).Concat(guards.Select(t => Catalog.Guards[t]));
        foreach (var entry in entries)
        {
            Assert.EndsWith(".", entry.Summary);
            Assert.All(entry.Parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Description), $"{entry.Type}.{p.Name} has no description"));
        }
    }

    [Fact]
    public async Task ShippedMisfiledFaults_DescribeWhatTheyDid_NamingDeviceAndStudy()
    {
        var library = await PacsLab.Scenarios.Loading.ScenarioLibrary.LoadAsync(Catalog);
        string[] misfiled = ["study-under-wrong-patient", "duplicate-patient-record", "demographics-typo", "series-of-two-patients", "duplicate-accession-number"];
        var faults = library.Scenarios.SelectMany(s => s.Faults).Where(f => misfiled.Contains(f.Type)).ToList();
        Assert.Equal(misfiled.Order(), faults.Select(f => f.Type).Distinct().Order());
        foreach (var fault in faults)
        {
            var text = Catalog.Faults[fault.Type].Describe(fault.Arguments);
            var named = fault.Arguments.Optional("as") ?? fault.Arguments.Text("seriesAs");
            Assert.Contains($"'{named}'", text);
            if (fault.Arguments.Optional("device") is { } device) Assert.Contains(device, text);
        }
    }

    private static async Task<ScenarioSession> StartAsync(Scenario scenario, string workspace)
    {
        var runner = new ScenarioRunner(new ScenarioLabLauncher(), Catalog, NullLoggerFactory.Instance);
        return await runner.StartAsync(scenario, workspace, CancellationToken.None);
    }

    private static Task ActAsync(ScenarioContext context, string action, params (string, string)[] arguments) =>
        Catalog.Actions[action].RunAsync(context, Arguments(arguments), CancellationToken.None);

    private static Task<CheckOutcome> ObjectiveAsync(ScenarioContext context, string type, params (string, string)[] arguments) =>
        Catalog.Objectives[type].EvaluateAsync(context, Arguments(arguments), CancellationToken.None);

    private static Task<CheckOutcome> GuardAsync(ScenarioContext context, string type, params (string, string)[] arguments) =>
        Catalog.Guards[type].EvaluateAsync(context, Arguments(arguments), CancellationToken.None);

    /// <summary>"series" is a list parameter, as the YAML writes it.</summary>
    private static StepArguments Arguments((string Name, string Value)[] values) =>
        new(values.Select(v => new KeyValuePair<string, StepValue>(v.Name, v.Name == "series" ? StepValue.Many([v.Value]) : StepValue.Single(v.Value))));

    private static StepSpec Step(string type, params (string, string)[] arguments) => new(type, Arguments(arguments));

    private static SetupStudy Study(string name, string patient, string device, string accession) =>
        new() { Name = name, PatientId = patient, Device = device, AccessionNumber = accession, Description = device == "CR_ER" ? "XR CHEST PA" : "CT CHEST WITH CONTRAST" };

    private static SetupOrder Order(string accession, string patient, string procedure, string device = "CT_ROOM1") =>
        new() { AccessionNumber = accession, PatientId = patient, Device = device, Procedure = procedure };

    private static Scenario Scenario(string id, IReadOnlyList<SetupOrder>? orders = null, IReadOnlyList<SetupStudy>? setupStudies = null,
        IReadOnlyList<StepSpec>? faults = null) => new()
    {
        Id = $"misfiled-test-{id}",
        Title = "misfiled catalog test",
        Track = ScenarioTrack.MisfiledStudy,
        Difficulty = ScenarioDifficulty.Beginner,
        Minutes = 5,
        Briefing = "test",
        Debrief = "test",
        Setup = new ScenarioSetup { Orders = orders ?? [], Studies = setupStudies ?? [] },
        Faults = faults ?? [],
    };
}
