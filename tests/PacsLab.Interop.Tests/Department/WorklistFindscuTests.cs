using PacsLab.Department.Ris.Worklist;
using PacsLab.Dicom;
using PacsLab.Interop.Tests.Network;
using PacsLab.TestKit;

namespace PacsLab.Interop.Tests.Department;

/// <summary>
/// DCMTK's findscu -W, as a modality would, asks the RIS for its worklist with each kind of matching the worklist
/// needs (PS3.4 K.2.2, C.2.2.2): keys inside the Scheduled Procedure Step Sequence, a date range, a name wildcard.
/// Values are read from the response files findscu writes. A wrong called AE title gets the association rejected,
/// and the server answers the next association as before.
/// </summary>
public sealed class WorklistFindscuTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new("pacslab-worklist");
    private RisUnderTest _ris = null!;

    public async Task InitializeAsync() => _ris = await RisUnderTest.StartAsync();

    public async Task DisposeAsync()
    {
        await _ris.DisposeAsync();
        _directory.Dispose();
    }

    private Task<IReadOnlyList<DicomDataset>> FindAsync(params string[] keys) =>
        WorklistFindscu.FindAsync(WorklistFindscu.FindScu(), _ris, _directory.Path, keys);

    private static IEnumerable<string?> Accessions(IEnumerable<DicomDataset> items) =>
        items.Select(i => i.GetString(WorklistTags.AccessionNumber)).Order(StringComparer.Ordinal);

    private static DicomDataset Step(DicomDataset item) =>
        Assert.Single(Assert.IsType<DicomSequence>(item[WorklistTags.ScheduledProcedureStepSequence]).Items);

    /// <summary>The first rejected association in the server's log (the accepted one after it may be logged first).</summary>
    private async Task<Dicom.Network.Transport.AssociationRecord> RejectedAssociationAsync()
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await foreach (var record in _ris.Server.Associations.ReadAllAsync(limit.Token))
        {
            if (!record.Accepted) return record;
        }
        throw new Xunit.Sdk.XunitException("the server logged no rejected association");
    }

    [SkippableFact]
    public async Task Find_ModalityByTagPathInTheStepSequence_ReturnsTheCtSteps()
    {
        var found = await FindAsync("AccessionNumber", "PatientName", "(0040,0100)[0].Modality=CT", "(0040,0100)[0].ScheduledStationAETitle");

        Assert.Equal(["ACC-CT-1", "ACC-CT-2"], Accessions(found));
        Assert.All(found, item => Assert.Equal("CT", Step(item).GetString(WorklistTags.Modality)));
        Assert.Equal(["CT_ROOM1", "CT_ROOM2"], found.Select(i => Step(i).GetString(WorklistTags.ScheduledStationAETitle)).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task Find_ScheduledStationAeTitle_ReturnsThatStationsStepWithItsStudyUid()
    {
        var found = await FindAsync("AccessionNumber", "StudyInstanceUID", "PatientID", "RequestedProcedureDescription",
            "ScheduledProcedureStepSequence[0].ScheduledStationAETitle=CT_ROOM1", "ScheduledProcedureStepSequence[0].ScheduledProcedureStepStartDate",
            "ScheduledProcedureStepSequence[0].ScheduledProcedureStepStartTime", "ScheduledProcedureStepSequence[0].ScheduledProcedureStepStatus");

        var item = Assert.Single(found);
        var order = (await _ris.Orders.GetAsync("ACC-CT-1"))!;
        Assert.Equal("ACC-CT-1", item.GetString(WorklistTags.AccessionNumber));
        Assert.Equal(order.StudyInstanceUid, item.GetString(WorklistTags.StudyInstanceUID));
        Assert.Equal("PID-DOE", item.GetString(WorklistTags.PatientID));
        Assert.Equal("CT CHEST", item.GetString(WorklistTags.RequestedProcedureDescription));
        Assert.Equal("20260310", Step(item).GetString(WorklistTags.ScheduledProcedureStepStartDate));
        Assert.Equal("090000", Step(item).GetString(WorklistTags.ScheduledProcedureStepStartTime));
        Assert.Equal("SCHEDULED", Step(item).GetString(WorklistTags.ScheduledProcedureStepStatus));
    }

    [SkippableFact]
    public async Task Find_StartDateRange_ReturnsTheStepsOfThoseDays()
    {
        var found = await FindAsync("AccessionNumber", "ScheduledProcedureStepSequence[0].ScheduledProcedureStepStartDate=20260311-20260312");

        Assert.Equal(["ACC-CT-2", "ACC-US-1"], Accessions(found));
    }

    [SkippableFact]
    public async Task Find_OpenStartDateRange_ReturnsTheStepsUpToThatDay()
    {
        var found = await FindAsync("AccessionNumber", "ScheduledProcedureStepSequence[0].ScheduledProcedureStepStartDate=-20260310");

        Assert.Equal(["ACC-CT-1", "ACC-MR-1"], Accessions(found));
    }

    [SkippableFact]
    public async Task Find_PatientNameWildcard_ReturnsEveryDoe()
    {
        var found = await FindAsync("AccessionNumber", "PatientName=DOE*", "ScheduledProcedureStepSequence[0].Modality");

        Assert.Equal(["ACC-CT-1", "ACC-MR-1"], Accessions(found));
        Assert.Equal(["DOE^JANE", "DOE^JOHN"], found.Select(i => i.GetString(WorklistTags.PatientName)).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task Find_OnlyTheKeysAsked_AreReturned()
    {
        var found = await FindAsync("PatientName", "ScheduledProcedureStepSequence[0].Modality=US");

        var item = Assert.Single(found);
        Assert.Equal("SMITH^ALEX", item.GetString(WorklistTags.PatientName));
        Assert.Null(item[WorklistTags.AccessionNumber]);
        Assert.Null(item[WorklistTags.StudyInstanceUID]);
        Assert.Equal([WorklistTags.Modality], Step(item).Select(e => e.Tag));
    }

    [SkippableFact]
    public async Task Find_DiscontinuedAndCompletedOrders_AreNotListed()
    {
        var ct2 = (await _ris.Orders.GetAsync("ACC-CT-2"))!;
        await _ris.Orders.ReportStepCompletedAsync("ACC-CT-2", ct2.StudyInstanceUid, 12);
        await _ris.Orders.DiscontinueAsync("ACC-US-1", "desk");

        var found = await FindAsync("AccessionNumber", "ScheduledProcedureStepSequence[0].ScheduledProcedureStepStatus");

        Assert.Equal(["ACC-CT-1", "ACC-MR-1"], Accessions(found));
    }

    [SkippableFact]
    public async Task Associate_WrongCalledAeTitle_IsRejectedAndTheNextAssociationIsServed()
    {
        var findscu = WorklistFindscu.FindScu();

        var (rejected, folder) = await WorklistFindscu.RunAsync(findscu, _ris, _directory.Path, "PACSLAB", "AccessionNumber");
        var found = await FindAsync("AccessionNumber", "ScheduledProcedureStepSequence[0].Modality=MR");

        Assert.False(rejected.Succeeded, $"findscu should have failed:\n{rejected.Describe()}");
        Assert.Contains("Called AE Title Not Recognized", rejected.AllOutput(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(Directory.GetFiles(folder));
        var record = await RejectedAssociationAsync();
        Assert.Contains("called AE title 'PACSLAB' is not this application's title 'RIS'", record.RejectReason);
        Assert.Equal(["ACC-MR-1"], Accessions(found));
    }
}
