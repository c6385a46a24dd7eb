using Microsoft.Extensions.Logging.Abstractions;
using PacsLab.Department.Configuration;
using PacsLab.Department.Modalities;
using PacsLab.Department.Synthesis;
using PacsLab.Department.Tests.Modalities.Support;
using PacsLab.Department.Workstation;
using PacsLab.TestKit;

namespace PacsLab.Department.Tests.Workstation;

public sealed class ReadingWorkstationTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 11, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Store_StudyFromAModality_ListedWithPatientCountsAndSender()
    {
        using var folder = new TempDirectory();
        await using var workstation = Create(folder.File("ws"), TestDevices.ClosedPort());
        await workstation.StartAsync();
        await using var modality = TestDevices.Create(folder.File("ct"), new DicomNode("127.0.0.1", workstation.Port!.Value, "RAD_WS1"));
        await modality.StartAsync();

        var acquired = await modality.RegisterManuallyAsync(TestDevices.Patient());
        await modality.WaitForAsync(acquired.Job.Id, j => j.State == SendJobState.Sent);

        var study = Assert.Single(workstation.ReceivedStudies);
        Assert.Equal((acquired.StudyInstanceUid, "DOE^JANE", "P-1001", "CT HEAD"), (study.StudyInstanceUid, study.PatientName, study.PatientId, study.StudyDescription));
        Assert.Equal(new DateOnly(2026, 5, 4), study.StudyDate);
        Assert.Equal(["CT"], study.Modalities);
        Assert.Equal((1, 3), (study.SeriesCount, study.InstanceCount));
        Assert.Equal(["CT_ROOM1"], study.FromAeTitles);
        Assert.Equal(Now, study.LastReceivedAt);
    }

    [Fact]
    public async Task Restart_ImagesOnDisk_ListedAgainWithTheirSender()
    {
        using var folder = new TempDirectory();
        string uid;
        await using (var before = Create(folder.File("ws"), TestDevices.ClosedPort()))
        {
            await before.StartAsync();
            await using var modality = TestDevices.Create(folder.File("ct"), new DicomNode("127.0.0.1", before.Port!.Value, "RAD_WS1"));
            await modality.StartAsync();
            var acquired = await modality.RegisterManuallyAsync(TestDevices.Patient());
            await modality.WaitForAsync(acquired.Job.Id, j => j.State == SendJobState.Sent);
            uid = acquired.StudyInstanceUid;
        }

        await using var after = Create(folder.File("ws"), TestDevices.ClosedPort());
        await after.StartAsync();

        var study = Assert.Single(after.ReceivedStudies);
        Assert.Equal((uid, 3, "CT_ROOM1"), (study.StudyInstanceUid, study.InstanceCount, Assert.Single(study.FromAeTitles)));
    }

    [Fact]
    public async Task RetrievePriors_PacsKnowsTheWorkstation_EveryStudyOfThePatientArrivesAndIsListed()
    {
        using var folder = new TempDirectory();
        await using var pacs = new ScpHarness();
        var prior = await AddStudyAsync(pacs, "P-1001", "DOE^JANE", seed: 1);
        var older = await AddStudyAsync(pacs, "P-1001", "DOE^JANE", seed: 2);
        await AddStudyAsync(pacs, "P-2002", "ROE^RICHARD", seed: 3);
        await using var workstation = Create(folder.Path, new DicomNode("127.0.0.1", pacs.Port, ScpHarness.AeTitle));
        await workstation.StartAsync();
        pacs.AddMoveDestination("RAD_WS1", workstation.Port!.Value);

        var result = await workstation.RetrievePriorsAsync("P-1001");

        Assert.True(result.Success, result.Summary);
        Assert.Equal(new[] { older, prior }.Order(StringComparer.Ordinal), result.Studies.Select(s => s.StudyInstanceUid).Order(StringComparer.Ordinal));
        Assert.All(result.Studies, s => Assert.Equal(("0x0000", 2, 0), (s.Status, s.Completed, s.Failed)));
        Assert.Equal(4, result.ImagesRetrieved);
        Assert.Equal(new[] { older, prior }.Order(StringComparer.Ordinal), workstation.ReceivedStudies.Select(s => s.StudyInstanceUid).Order(StringComparer.Ordinal));
        Assert.All(workstation.ReceivedStudies, s => Assert.Equal(["PACSLAB"], s.FromAeTitles));
        Assert.StartsWith($"PACSLAB at 127.0.0.1:{pacs.Port} listed 2 studies for patient ID 'P-1001'; 2 retrieved completely (4 images).", result.Summary,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetrievePriors_OneChosenStudy_OnlyThatOneIsMoved()
    {
        using var folder = new TempDirectory();
        await using var pacs = new ScpHarness();
        var wanted = await AddStudyAsync(pacs, "P-1001", "DOE^JANE", seed: 1);
        await AddStudyAsync(pacs, "P-1001", "DOE^JANE", seed: 2);
        await using var workstation = Create(folder.Path, new DicomNode("127.0.0.1", pacs.Port, ScpHarness.AeTitle));
        await workstation.StartAsync();
        pacs.AddMoveDestination("RAD_WS1", workstation.Port!.Value);

        var result = await workstation.RetrievePriorsAsync("P-1001", wanted);

        Assert.Equal(wanted, Assert.Single(result.Studies).StudyInstanceUid);
        Assert.Equal(wanted, Assert.Single(workstation.ReceivedStudies).StudyInstanceUid);
    }

    [Fact]
    public async Task RetrievePriors_PacsDoesNotKnowTheWorkstation_SaysA801AndToAddItToTheAeTable()
    {
        using var folder = new TempDirectory();
        await using var pacs = new ScpHarness();
        await AddStudyAsync(pacs, "P-1001", "DOE^JANE", seed: 1);
        await using var workstation = Create(folder.Path, new DicomNode("127.0.0.1", pacs.Port, ScpHarness.AeTitle));
        await workstation.StartAsync();

        var result = await workstation.RetrievePriorsAsync("P-1001");

        var study = Assert.Single(result.Studies);
        Assert.False(study.Success);
        Assert.Equal("0xA801", study.Status);
        Assert.StartsWith($"the PACS does not know RAD_WS1 as a move destination: add it to the PACS AE table (this workstation listens as RAD_WS1 on port {workstation.Port})",
            study.Message, StringComparison.Ordinal);
        Assert.Contains("C-MOVE status 0xA801 refused: move destination unknown", study.Message, StringComparison.Ordinal);
        Assert.False(result.Success);
        Assert.Empty(workstation.ReceivedStudies);
    }

    [Fact]
    public async Task RetrievePriors_PacsDown_SaysConnectionRefused()
    {
        using var folder = new TempDirectory();
        var down = TestDevices.ClosedPort();
        await using var workstation = Create(folder.Path, down);

        var result = await workstation.RetrievePriorsAsync("P-1001");

        Assert.Equal(DeviceErrorKind.ConnectionRefused, result.Error?.Kind);
        Assert.StartsWith($"Priors for patient ID 'P-1001' could not be retrieved: connection refused by 127.0.0.1:{down.Port}.", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetrievePriors_PatientWithoutStudies_SaysThePacsHasNone()
    {
        using var folder = new TempDirectory();
        await using var pacs = new ScpHarness();
        await AddStudyAsync(pacs, "P-2002", "ROE^RICHARD", seed: 3);
        await using var workstation = Create(folder.Path, new DicomNode("127.0.0.1", pacs.Port, ScpHarness.AeTitle));

        var result = await workstation.RetrievePriorsAsync("P-1001");

        Assert.True(result.Success);
        Assert.Empty(result.Studies);
        Assert.StartsWith($"PACSLAB at 127.0.0.1:{pacs.Port} has no studies for patient ID 'P-1001'.", result.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("P-*", "patientId")]
    [InlineData(" ", "patientId")]
    public async Task RetrievePriors_IdThatWouldMatchOthers_RefusedBeforeAnyQuery(string patientId, string field)
    {
        using var folder = new TempDirectory();
        await using var workstation = Create(folder.Path, TestDevices.ClosedPort());

        var error = await Assert.ThrowsAsync<DeviceInputException>(() => workstation.RetrievePriorsAsync(patientId));

        Assert.Equal(field, Assert.Single(error.Errors).Field);
    }

    private static ReadingWorkstation Create(string folder, DicomNode pacs) =>
        new("RAD_WS1", 0, pacs, folder, NullLoggerFactory.Instance, new ManualClock(Now));

    /// <summary>Puts a two-image study in the harness's archive; returns its Study Instance UID.</summary>
    private static async Task<string> AddStudyAsync(ScpHarness pacs, string patientId, string patientName, int seed)
    {
        var study = new FakeSynthesizer(2).Synthesize(new StudyRequest
        {
            Modality = "CT", Patient = new PatientDemographics(patientId, patientName), AcquiredAt = new DateTime(2025, 1, seed), Seed = seed,
            StationAeTitle = "CT_ROOM1",
        });
        foreach (var file in study.Instances) await pacs.AddAsync(file);
        return study.StudyInstanceUid;
    }
}
