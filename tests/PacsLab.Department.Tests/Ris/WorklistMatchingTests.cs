using Microsoft.Extensions.Logging;
using PacsLab.Department.Ris.Orders;
using PacsLab.Department.Ris.Worklist;
using PacsLab.Department.Synthesis;
using PacsLab.Dicom;
using PacsLab.Dicom.Query;
using PacsLab.TestKit;

namespace PacsLab.Department.Tests.Ris;

/// <summary>The worklist handler over the four test orders, with the shared C-FIND matching (PS3.4 C.2.2.2, K.2.2).</summary>
public sealed class WorklistMatchingTests : IDisposable
{
    private readonly TempDirectory _directory = new("pacslab-ris");
    private readonly ListLogger<WorklistFindHandler> _log = new();

    public void Dispose() => _directory.Dispose();

    private async Task<(OrderBook Book, WorklistFindHandler Handler)> WorklistAsync()
    {
        var book = await RisTestOrders.SeededBookAsync(_directory.Path);
        return (book, new WorklistFindHandler(book, _log));
    }

    private async Task<IReadOnlyList<DicomDataset>> FindAsync(WorklistKeys keys)
    {
        var (_, handler) = await WorklistAsync();
        return await handler.FindAsync(keys.Build(), "CT_ROOM1");
    }

    private static IEnumerable<string?> Accessions(IEnumerable<DicomDataset> items) => items.Select(i => i.GetString(WorklistTags.AccessionNumber));

    private static DicomDataset Step(DicomDataset item) => Assert.Single(((DicomSequence)item[WorklistTags.ScheduledProcedureStepSequence]!).Items);

    [Fact]
    public async Task Find_ByModality_ReturnsOnlyCtSteps()
    {
        var found = await FindAsync(WorklistKeys.Typical().Step(WorklistTags.Modality, DicomVR.CS, "CT"));

        Assert.Equal(["ACC-CT-1", "ACC-CT-2"], Accessions(found));
        Assert.All(found, item => Assert.Equal("CT", Step(item).GetString(WorklistTags.Modality)));
    }

    [Fact]
    public async Task Find_ByScheduledStationAeTitle_ReturnsThatStationsSteps()
    {
        var found = await FindAsync(WorklistKeys.Typical().Step(WorklistTags.ScheduledStationAETitle, DicomVR.AE, "CT_ROOM2"));

        Assert.Equal(["ACC-CT-2"], Accessions(found));
        Assert.Equal("CT_ROOM2", Step(found[0]).GetString(WorklistTags.ScheduledStationAETitle));
    }

    [Theory]
    [InlineData("20260310-20260311", new[] { "ACC-CT-1", "ACC-MR-1", "ACC-CT-2" })]
    [InlineData("20260311-", new[] { "ACC-CT-2", "ACC-US-1" })]
    [InlineData("-20260310", new[] { "ACC-CT-1", "ACC-MR-1" })]
    [InlineData("20260312", new[] { "ACC-US-1" })]
    [InlineData("20270101-20271231", new string[0])]
    public async Task Find_ByStartDate_ReturnsStepsInTheRangeByStartTime(string range, string[] expected)
    {
        var found = await FindAsync(WorklistKeys.Typical()
            .Step(WorklistTags.ScheduledProcedureStepStartDate, DicomVR.DA, range)
            .Step(WorklistTags.ScheduledProcedureStepStartTime, DicomVR.TM));

        Assert.Equal(expected, Accessions(found));
    }

    [Fact]
    public async Task Find_ByStartTimeRange_ReturnsStepsInThoseHours()
    {
        var found = await FindAsync(WorklistKeys.Typical().Step(WorklistTags.ScheduledProcedureStepStartTime, DicomVR.TM, "0800-0959"));

        Assert.Equal(["ACC-CT-1", "ACC-US-1"], Accessions(found));
        Assert.Equal("090000", Step(found[0]).GetString(WorklistTags.ScheduledProcedureStepStartTime));
    }

    [Fact]
    public async Task Find_PatientNameWildcard_ReturnsEveryDoe()
    {
        var found = await FindAsync(WorklistKeys.Typical().Key(WorklistTags.PatientName, DicomVR.PN, "DOE*"));

        Assert.Equal(["ACC-CT-1", "ACC-MR-1"], Accessions(found));
        Assert.Equal(["DOE^JOHN", "DOE^JANE"], found.Select(f => f.GetString(WorklistTags.PatientName)));
    }

    [Fact]
    public async Task Find_PatientNameInLowerCase_MatchesRegardlessOfCase()
    {
        var found = await FindAsync(WorklistKeys.Typical().Key(WorklistTags.PatientName, DicomVR.PN, "roe^jane"));

        Assert.Equal(["ACC-CT-2"], Accessions(found));
        Assert.Equal("ROE^JANE", found[0].GetString(WorklistTags.PatientName));
    }

    [Fact]
    public async Task Find_SeveralKeys_MustAllMatch()
    {
        var found = await FindAsync(WorklistKeys.Typical()
            .Key(WorklistTags.PatientName, DicomVR.PN, "DOE*")
            .Step(WorklistTags.Modality, DicomVR.CS, "MR")
            .Step(WorklistTags.ScheduledStationAETitle, DicomVR.AE, "MR_ROOM1"));

        Assert.Equal(["ACC-MR-1"], Accessions(found));
    }

    [Fact]
    public async Task Find_ReturnsOnlyTheKeysAskedFor()
    {
        var found = await FindAsync(new WorklistKeys()
            .Key(WorklistTags.PatientName, DicomVR.PN)
            .Step(WorklistTags.Modality, DicomVR.CS, "US")
            .Step(WorklistTags.ScheduledStationAETitle, DicomVR.AE));

        var item = Assert.Single(found);
        Assert.Equal([WorklistTags.PatientName, WorklistTags.ScheduledProcedureStepSequence], item.Select(e => e.Tag));
        Assert.Equal([WorklistTags.Modality, WorklistTags.ScheduledStationAETitle], Step(item).Select(e => e.Tag));
        Assert.Equal("SMITH^ALEX", item.GetString(WorklistTags.PatientName));
        Assert.Equal("US_ROOM1", Step(item).GetString(WorklistTags.ScheduledStationAETitle));
    }

    [Fact]
    public async Task Find_ReturnKeys_CarryTheOrdersValues()
    {
        var (book, handler) = await WorklistAsync();
        var order = (await book.GetAsync("ACC-CT-1"))!;
        var keys = WorklistKeys.Typical()
            .Key(WorklistTags.AccessionNumber, DicomVR.SH, "ACC-CT-1")
            .Key(WorklistTags.ReferringPhysicianName, DicomVR.PN)
            .Key(WorklistTags.PatientBirthDate, DicomVR.DA)
            .Key(WorklistTags.PatientSex, DicomVR.CS)
            .Key(WorklistTags.RequestedProcedureID, DicomVR.SH)
            .Key(WorklistTags.RequestedProcedureDescription, DicomVR.LO)
            .Step(WorklistTags.ScheduledProcedureStepStartDate, DicomVR.DA)
            .Step(WorklistTags.ScheduledPerformingPhysicianName, DicomVR.PN)
            .Step(WorklistTags.ScheduledProcedureStepDescription, DicomVR.LO)
            .Step(WorklistTags.ScheduledProcedureStepID, DicomVR.SH)
            .Step(WorklistTags.ScheduledStationName, DicomVR.SH)
            .Step(WorklistTags.ScheduledProcedureStepStatus, DicomVR.CS);

        var item = Assert.Single(await handler.FindAsync(keys.Build(), "CT_ROOM1"));

        Assert.Equal(order.StudyInstanceUid, item.GetString(WorklistTags.StudyInstanceUID));
        Assert.Equal("PID-DOE", item.GetString(WorklistTags.PatientID));
        Assert.Equal("HOUSE^GREGORY", item.GetString(WorklistTags.ReferringPhysicianName));
        Assert.Equal("19700101", item.GetString(WorklistTags.PatientBirthDate));
        Assert.Equal("M", item.GetString(WorklistTags.PatientSex));
        Assert.Equal("ACC-CT-1", item.GetString(WorklistTags.RequestedProcedureID));
        Assert.Equal("CT CHEST", item.GetString(WorklistTags.RequestedProcedureDescription));
        var step = Step(item);
        Assert.Equal("20260310", step.GetString(WorklistTags.ScheduledProcedureStepStartDate));
        Assert.Equal("TECH^ANNA", step.GetString(WorklistTags.ScheduledPerformingPhysicianName));
        Assert.Equal("CT CHEST", step.GetString(WorklistTags.ScheduledProcedureStepDescription));
        Assert.Equal("ACC-CT-1", step.GetString(WorklistTags.ScheduledProcedureStepID));
        Assert.Equal("CT1", step.GetString(WorklistTags.ScheduledStationName));
        Assert.Equal("SCHEDULED", step.GetString(WorklistTags.ScheduledProcedureStepStatus));
    }

    [Fact]
    public async Task Find_UnknownValueOfARequestedKey_IsReturnedZeroLength()
    {
        var found = await FindAsync(WorklistKeys.Typical()
            .Key(WorklistTags.AccessionNumber, DicomVR.SH, "ACC-US-1")
            .Key(WorklistTags.PatientBirthDate, DicomVR.DA));

        var item = Assert.Single(found);
        Assert.True(item[WorklistTags.PatientBirthDate] is DicomElement { IsEmpty: true });
    }

    [Fact]
    public async Task Find_KeyOnAnUnknownValue_DoesNotMatch()
    {
        var found = await FindAsync(WorklistKeys.Typical().Key(WorklistTags.PatientBirthDate, DicomVR.DA, "19000101-20991231"));

        Assert.DoesNotContain("ACC-US-1", Accessions(found));
        Assert.Equal(3, found.Count);
    }

    [Fact]
    public async Task Find_EmptySequenceKey_ReturnsTheWholeStepItem()
    {
        var keys = new WorklistKeys().Key(WorklistTags.AccessionNumber, DicomVR.SH, "ACC-MR-1").Build();
        keys.AddOrUpdate(new DicomSequence(WorklistTags.ScheduledProcedureStepSequence));
        var (_, handler) = await WorklistAsync();

        var step = Step(Assert.Single(await handler.FindAsync(keys, "MR_ROOM1")));

        Assert.Equal("MR", step.GetString(WorklistTags.Modality));
        Assert.Equal("MR_ROOM1", step.GetString(WorklistTags.ScheduledStationAETitle));
        Assert.Equal("100000", step.GetString(WorklistTags.ScheduledProcedureStepStartTime));
        Assert.Equal("ACC-MR-1", step.GetString(WorklistTags.ScheduledProcedureStepID));
        Assert.Equal("SCHEDULED", step.GetString(WorklistTags.ScheduledProcedureStepStatus));
    }

    [Fact]
    public async Task Find_WithoutStatusKey_ListsScheduledAndStartedStepsOnly()
    {
        var (book, handler) = await WorklistAsync();
        await book.ReportStepStartedAsync("ACC-CT-1", "CT_ROOM1");
        var ct2 = (await book.GetAsync("ACC-CT-2"))!;
        await book.ReportStepCompletedAsync("ACC-CT-2", ct2.StudyInstanceUid, 10);
        await book.DiscontinueAsync("ACC-US-1", "desk");

        var found = await handler.FindAsync(WorklistKeys.Typical().Step(WorklistTags.ScheduledProcedureStepStatus, DicomVR.CS).Build(), "CT_ROOM1");

        Assert.Equal(["ACC-CT-1", "ACC-MR-1"], Accessions(found));
        Assert.Equal(["STARTED", "SCHEDULED"], found.Select(f => Step(f).GetString(WorklistTags.ScheduledProcedureStepStatus)));
    }

    [Theory]
    [InlineData("COMPLETED", new[] { "ACC-CT-2" })]
    [InlineData("DISCONTINUED", new[] { "ACC-US-1" })]
    [InlineData("COMPLETED\\DISCONTINUED", new[] { "ACC-CT-2", "ACC-US-1" })]
    [InlineData("SCHEDULED", new[] { "ACC-MR-1" })]
    public async Task Find_AskingForAStatus_ListsStepsWithThatStatus(string status, string[] expected)
    {
        var (book, handler) = await WorklistAsync();
        await book.ReportStepStartedAsync("ACC-CT-1", "CT_ROOM1");
        var ct2 = (await book.GetAsync("ACC-CT-2"))!;
        await book.ReportStepCompletedAsync("ACC-CT-2", ct2.StudyInstanceUid, 10);
        await book.DiscontinueAsync("ACC-US-1", "desk");

        var found = await handler.FindAsync(WorklistKeys.Typical().Step(WorklistTags.ScheduledProcedureStepStatus, DicomVR.CS, status).Build(), "CT_ROOM1");

        Assert.Equal(expected, Accessions(found));
    }

    [Fact]
    public async Task Find_MalformedDateRange_IsRefusedNamingTheKeyInTheSequence()
    {
        var (_, handler) = await WorklistAsync();
        var keys = WorklistKeys.Typical().Step(WorklistTags.ScheduledProcedureStepStartDate, DicomVR.DA, "2026-03-10").Build();

        var error = await Assert.ThrowsAsync<DicomQueryException>(() => handler.FindAsync(keys, "CT_ROOM1"));

        Assert.Contains("ScheduledProcedureStepSequence (0040,0100) > ScheduledProcedureStepStartDate (0040,0002)", error.Message);
        var refused = Assert.Single(_log.Entries, e => e.EventId == 201);
        Assert.Equal(LogLevel.Warning, refused.Level);
        Assert.Equal("0xA900", refused.Values["Status"]);
    }

    [Fact]
    public async Task Find_TwoStepItemsInTheKey_IsRefused()
    {
        var (_, handler) = await WorklistAsync();
        var keys = new DicomDataset().AddOrUpdate(new DicomSequence(WorklistTags.ScheduledProcedureStepSequence,
            new DicomDataset().AddOrUpdate(WorklistTags.Modality, DicomVR.CS, "CT"),
            new DicomDataset().AddOrUpdate(WorklistTags.Modality, DicomVR.CS, "MR")));

        var error = await Assert.ThrowsAsync<DicomQueryException>(() => handler.FindAsync(keys, "CT_ROOM1"));

        Assert.Contains("exactly one item", error.Message);
    }

    [Fact]
    public async Task Find_KeysTheWorklistDoesNotHold_AreAnsweredButNotMatched()
    {
        var admissionId = new DicomTag(0x0038, 0x0010);
        var location = new DicomTag(0x0040, 0x0011);

        var found = await FindAsync(WorklistKeys.Typical()
            .Key(admissionId, DicomVR.LO, "ADM-7")
            .Step(WorklistTags.Modality, DicomVR.CS, "CT")
            .Step(location, DicomVR.SH, "ROOM 9"));

        Assert.Equal(["ACC-CT-1", "ACC-CT-2"], Accessions(found));
        Assert.All(found, item =>
        {
            Assert.True(item[admissionId] is DicomElement { IsEmpty: true });
            Assert.True(Step(item)[location] is DicomElement { IsEmpty: true });
        });
        var ignored = Assert.Single(_log.Entries, e => e.EventId == 202);
        Assert.Equal("AdmissionID, ScheduledProcedureStepSequence>ScheduledProcedureStepLocation", ignored.Values["IgnoredKeys"]);
    }

    [Fact]
    public async Task Find_IsLoggedWithCallerKeysAndMatchCount()
    {
        await FindAsync(WorklistKeys.Typical().Key(WorklistTags.PatientName, DicomVR.PN, "DOE*").Step(WorklistTags.Modality, DicomVR.CS, "CT"));

        var answered = Assert.Single(_log.Entries, e => e.EventId == 200);
        Assert.Equal(LogLevel.Information, answered.Level);
        Assert.Equal("CT_ROOM1", answered.Values["CallingAe"]);
        Assert.Equal("PatientName=DOE*, ScheduledProcedureStepSequence>Modality=CT", answered.Values["Keys"]);
        Assert.Equal(1, answered.Values["Matches"]);
    }

    [Fact]
    public async Task Find_NameBeyondAscii_MatchesAndIsAnsweredInUtf8()
    {
        var book = RisTestOrders.Book(_directory.Path);
        await book.PlaceAsync(RisTestOrders.DoeCt with { Patient = new PatientDemographics("PID-M", "MÜLLER^JÖRG") }, "test");
        var handler = new WorklistFindHandler(book);
        var keys = new DicomDataset().AddOrUpdate(DicomTags.SpecificCharacterSet, DicomVR.CS, "ISO_IR 192");
        keys.AddOrUpdate(WorklistTags.PatientName, DicomVR.PN, "müller*");

        var item = Assert.Single(await handler.FindAsync(keys, "CT_ROOM1"));

        Assert.Equal("ISO_IR 192", item.GetString(DicomTags.SpecificCharacterSet));
        Assert.Equal("MÜLLER^JÖRG", item.GetString(WorklistTags.PatientName));
    }
}
