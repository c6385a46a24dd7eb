using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Loading;
using PacsLab.Scenarios.Model;
using PacsLab.Scenarios.Runner;
using PacsLab.Scenarios;
using PacsLab.TestKit;

namespace PacsLab.Tests.Scenarios;

/// <summary>
/// The connectivity entries of the catalog that no shipped scenario exercises in full, proved by small scenarios of
/// their own, and the catalog conventions every connectivity entry follows.
/// </summary>
public sealed class ConnectivityCatalogTests
{
    private static readonly string[] ConnectivityTypes =
    [
        "called-ae-wrong", "destination-changed", "pacs-ae-entry-removed", "pacs-ae-entry-wrong", "workstation-not-move-destination",
        "workstation-wrong-port", "sop-class-not-accepted", "transfer-syntax-not-accepted", "storage-quota-reached", "worklist-station-mismatch",
        "port-blocked", "save-ae", "remove-ae", "echo-ae", "verify-device", "retrieve-priors", "workstation-listener", "reschedule-order",
        "set-storage-quota", "set-accepted-syntaxes", "point-device-at-pacs", "device-setting-equals", "device-echo-succeeds",
        "workstation-has-study", "ae-table-entry-equals", "worklist-shows-order", "send-queue-clear", "pacs-accepts", "no-unexpected-ae-entry",
        "ae-permissions-not-widened", "quota-not-removed", "ae-entry-address-unchanged",
    ];

    private const string MrAccession = "C30901";

    private static readonly string Common = $"""
        track: connectivity
        difficulty: advanced
        minutes: 10
        learningObjectives: [test]
        briefing: test
        debrief: test
        hints:
          - text: test
            cost: 10
        setup:
          orders:
            - accession: {MrAccession}
              patient: PL100001
              device: MR_3T
              procedure: MR KNEE
        """;

    private static Scenario Parse(string yaml)
    {
        // "inline", not a file name: these scenarios are not files, so the id/file-name rule does not apply.
        var loaded = ScenarioLoader.Parse(yaml, "inline");
        Assert.True(loaded.Problems.Count == 0, string.Join("\n", loaded.Problems));
        var scenario = loaded.Scenario!;
        Assert.Empty(ScenarioValidator.Validate(scenario, ScenarioCatalog.Default));
        return scenario;
    }

    private static async Task AssertProvesItselfAsync(Scenario scenario)
    {
        using var workspace = new TempDirectory("pacslab-selftest");
        var runner = new ScenarioRunner(new ScenarioLabLauncher(), ScenarioCatalog.Default, NullLoggerFactory.Instance);
        var result = await new ScenarioSelfTest(runner, ScenarioCatalog.Default).RunAsync(scenario, workspace.Path, CancellationToken.None);
        Assert.True(result.Passed, string.Join("\n", result.Stages.Select(s => $"{(s.Passed ? "ok" : "FAILED")}: {s.Name}" +
            string.Concat(s.Problems.Select(p => $"\n    {p}")))));
    }

    [Fact]
    public void Catalog_ConnectivityEntries_AreNamedSummarisedAndDescribed()
    {
        var catalog = ScenarioCatalog.Default;
        var entries = new Dictionary<string, ICatalogEntry>();
        foreach (var map in new IEnumerable<KeyValuePair<string, ICatalogEntry>>[]
                 {
                     catalog.Faults.Select(f => new KeyValuePair<string, ICatalogEntry>(f.Key, f.Value)),
                     catalog.Actions.Select(a => new KeyValuePair<string, ICatalogEntry>(a.Key, a.Value)),
                     catalog.Objectives.Select(o => new KeyValuePair<string, ICatalogEntry>(o.Key, o.Value)),
                     catalog.Guards.Select(g => new KeyValuePair<string, ICatalogEntry>(g.Key, g.Value)),
                 })
            foreach (var (key, value) in map) entries[key] = value;

        foreach (var type in ConnectivityTypes)
        {
            Assert.True(entries.TryGetValue(type, out var entry), $"the catalog has no '{type}'");
            Assert.Matches("^[a-z]+(-[a-z]+)*$", entry.Type);
            Assert.EndsWith(".", entry.Summary);
            Assert.All(entry.Parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Description), $"{type}.{p.Name} has no description"));
        }
    }

    [Fact]
    public async Task SelfTest_TransferSyntaxesRefused_FailsUntilAcceptedAgain()
    {
        await AssertProvesItselfAsync(Parse($"""
            id: inline-transfer-syntax
            title: transfer syntaxes refused
            {Common}
            faults:
              - type: transfer-syntax-not-accepted
                transferSyntaxes: [1.2.840.10008.1.2.1, 1.2.840.10008.1.2]
            traffic:
              - action: acquire
                device: MR_3T
                accession: {MrAccession}
                as: knee
            objectives:
              - id: knee
                type: study-in-pacs
                study: knee
                pass: ok
                fail: not yet
              - id: explicit-accepted
                type: pacs-accepts
                transferSyntax: 1.2.840.10008.1.2.1
                pass: ok
                fail: not yet
              - id: mr-queue
                type: send-queue-clear
                device: MR_3T
                pass: ok
                fail: not yet
            solution:
              - action: set-accepted-syntaxes
                accept: [1.2.840.10008.1.2.1, 1.2.840.10008.1.2]
              - action: resend-jobs
                device: MR_3T
            """));
    }

    [Fact]
    public async Task TransferSyntaxesRefused_AssociationLogShowsResult4ForTheMrContext()
    {
        var scenario = Parse($"""
            id: inline-transfer-syntax-log
            title: transfer syntaxes refused
            {Common}
            faults:
              - type: transfer-syntax-not-accepted
                transferSyntaxes: [1.2.840.10008.1.2.1, 1.2.840.10008.1.2]
            traffic:
              - action: acquire
                device: MR_3T
                accession: {MrAccession}
            objectives:
              - id: explicit-accepted
                type: pacs-accepts
                transferSyntax: 1.2.840.10008.1.2.1
                pass: ok
                fail: not yet
            solution:
              - action: set-accepted-syntaxes
                accept: [1.2.840.10008.1.2.1, 1.2.840.10008.1.2]
            """);
        using var workspace = new TempDirectory("pacslab-scenario");
        var runner = new ScenarioRunner(new ScenarioLabLauncher(), ScenarioCatalog.Default, NullLoggerFactory.Instance);
        await using var session = await runner.StartAsync(scenario, workspace.Path, CancellationToken.None);

        var log = await session.Context.Api.GetAsync("/api/pacs/association-log?callingAeTitle=MR_3T", CancellationToken.None);

        var refused = (log?.AsArray() ?? []).Select(r => r?["refusedContexts"]?.ToString() ?? "").FirstOrDefault(r => r.Length > 0);
        Assert.NotNull(refused);
        Assert.Contains("MR Image Storage (1.2.840.10008.5.1.4.1.1.4): result 4, transfer syntaxes not supported", refused);
    }

    [Fact]
    public async Task SelfTest_AeEntryRemoved_RestoredAsItWasPassesAndWiderOrExtraEntriesTripGuards()
    {
        await AssertProvesItselfAsync(Parse($"""
            id: inline-ae-removed
            title: AE entry removed
            {Common}
            faults:
              - type: pacs-ae-entry-removed
                ae: MR_3T
            traffic:
              - action: acquire
                device: MR_3T
                accession: {MrAccession}
                as: knee
            objectives:
              - id: knee
                type: study-in-pacs
                study: knee
                pass: ok
                fail: not yet
              - id: entry-back
                type: ae-table-entry-equals
                ae: MR_3T
                portOf: MR_3T
                mayStore: true
                mayRetrieve: false
                pass: ok
                fail: not yet
            guards:
              - id: no-extra
                type: no-unexpected-ae-entry
                allowed: [MR_3T]
                penalty: fail
                feedback: extra entry
              - id: not-wider
                type: ae-permissions-not-widened
                ae: MR_3T
                penalty: 20
                feedback: wider
            solution:
              - action: save-ae
                ae: MR_3T
                portOf: MR_3T
                mayStore: true
                mayQuery: true
                mayRetrieve: false
                isMoveDestination: false
              - action: echo-ae
                ae: MR_3T
              - action: resend-jobs
                device: MR_3T
            wrongFixes:
              - name: re-add with retrieve rights
                steps:
                  - action: save-ae
                    ae: MR_3T
                    portOf: MR_3T
                    mayRetrieve: true
                trips: [not-wider]
              - name: add a catch-all entry
                steps:
                  - action: save-ae
                    ae: MR_TEMP
                    portOf: MR_3T
                trips: [no-extra]
            """));
    }

    [Fact]
    public async Task PacsAeEntryWrong_ChangesOnlyTheGivenFieldsAndUndoRestoresTheDepartmentsEntry()
    {
        var scenario = Parse($"""
            id: inline-ae-wrong
            title: AE entry wrong
            {Common}
            faults:
              - type: pacs-ae-entry-wrong
                ae: RAD_WS1
                port: 9
                mayStore: true
            objectives:
              - id: ws-entry
                type: ae-table-entry-equals
                ae: RAD_WS1
                portOf: workstation
                mayStore: false
                pass: ok
                fail: not yet
            solution:
              - action: save-ae
                ae: RAD_WS1
                portOf: workstation
                mayStore: false
                isMoveDestination: true
            """);
        using var workspace = new TempDirectory("pacslab-scenario");
        var runner = new ScenarioRunner(new ScenarioLabLauncher(), ScenarioCatalog.Default, NullLoggerFactory.Instance);
        await using var session = await runner.StartAsync(scenario, workspace.Path, CancellationToken.None);
        var fault = ScenarioCatalog.Default.Faults["pacs-ae-entry-wrong"];

        var broken = await session.Context.Api.GetAsync("/api/pacs/ae-table/RAD_WS1", CancellationToken.None);
        var before = await session.CheckAsync(CancellationToken.None);
        await fault.UndoAsync(session.Context, scenario.Faults[0].Arguments, CancellationToken.None);
        var after = await session.CheckAsync(CancellationToken.None);

        Assert.Equal(9, broken?["port"]?.GetValue<int>());
        Assert.True(broken?["mayStore"]?.GetValue<bool>());
        Assert.True(broken?["isMoveDestination"]?.GetValue<bool>());
        Assert.Contains("port is 9", Assert.Single(before.Objectives).Observed);
        Assert.True(Assert.Single(after.Objectives).Passed);
    }
}
