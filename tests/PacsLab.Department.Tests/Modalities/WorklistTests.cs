using PacsLab.Department.Configuration;
using PacsLab.Department.Modalities;
using PacsLab.Department.Tests.Modalities.Support;
using PacsLab.Dicom;
using PacsLab.TestKit;

namespace PacsLab.Department.Tests.Modalities;

public sealed class WorklistTests
{
    [Fact]
    public async Task QueryWorklist_AsksForItsStationModalityAndTodayAndTypesTheItems()
    {
        using var folder = new TempDirectory();
        await using var ris = TestScp.Start(aeTitle: "RIS");
        ris.FindMatches = [Item("ACC-2", "P-2", "ROE^RICHARD", "0930"), Item("ACC-1", "P-1", "DOE^JANE", "0815")];
        await using var device = TestDevices.Create(folder.Path, TestDevices.ClosedPort(), worklist: TestDevices.NodeOf(ris));

        var result = await device.QueryWorklistAsync();

        var keys = Assert.Single(ris.Identifiers);
        var step = ((DicomSequence)keys[WorklistTags.ScheduledProcedureStepSequence]!).Items[0];
        Assert.Equal("CT_ROOM1", step.GetString(WorklistTags.ScheduledStationAETitle));
        Assert.Equal("CT", step.GetString(DicomTags.Modality));
        Assert.Equal("20260504", step.GetString(WorklistTags.ScheduledProcedureStepStartDate));
        Assert.True(result.Success);
        Assert.Equal(["ACC-1", "ACC-2"], result.Items.Select(i => i.AccessionNumber));
        var first = result.Items[0];
        Assert.Equal(("P-1", "DOE^JANE", "19750412", "F"), (first.Patient.PatientId, first.Patient.PatientName, first.Patient.BirthDate, first.Patient.Sex));
        Assert.Equal(("1.2.826.0.1.3680043.2.1125.1", "RP-ACC-1", "SPS-ACC-1", "CT HEAD"),
            (first.StudyInstanceUid, first.RequestedProcedureId, first.ScheduledProcedureStepId, first.RequestedProcedureDescription));
        Assert.Equal(new DateTime(2026, 5, 4, 8, 15, 0), first.ScheduledStart);
        Assert.Equal($"2 scheduled procedure steps for station CT_ROOM1 (CT) on 2026-05-04 from RIS at 127.0.0.1:{ris.Port}.", result.Summary);
    }

    [Fact]
    public async Task QueryWorklist_DaysBeforeAndAfterConfigured_AsksForADateRange()
    {
        using var folder = new TempDirectory();
        await using var ris = TestScp.Start(aeTitle: "RIS");
        await using var device = TestDevices.Create(folder.Path, TestDevices.ClosedPort(), worklist: TestDevices.NodeOf(ris),
            configure: o => (o.Acquisition.WorklistDaysBefore, o.Acquisition.WorklistDaysAfter) = (1, 2));

        var result = await device.QueryWorklistAsync();

        var step = ((DicomSequence)Assert.Single(ris.Identifiers)[WorklistTags.ScheduledProcedureStepSequence]!).Items[0];
        Assert.Equal("20260503-20260506", step.GetString(WorklistTags.ScheduledProcedureStepStartDate));
        Assert.Empty(result.Items);
        Assert.Contains("No scheduled procedure steps for station CT_ROOM1 (CT) on 2026-05-03 to 2026-05-06", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryWorklist_RisDown_SaysWhyAndManualRegistrationStillAcquires()
    {
        using var folder = new TempDirectory();
        var ris = TestDevices.ClosedPort() with { AeTitle = "RIS" };
        await using var device = TestDevices.Create(folder.Path, TestDevices.ClosedPort(), worklist: ris);

        var result = await device.QueryWorklistAsync();
        var acquired = await device.RegisterManuallyAsync(TestDevices.Patient());

        Assert.False(result.Success);
        Assert.Equal(DeviceErrorKind.ConnectionRefused, result.Error?.Kind);
        Assert.StartsWith($"The worklist could not be queried: connection refused by 127.0.0.1:{ris.Port}.", result.Summary, StringComparison.Ordinal);
        Assert.EndsWith("Patients can be registered by hand meanwhile.", result.Summary, StringComparison.Ordinal);
        Assert.Equal(3, acquired.InstanceCount);
    }

    [Fact]
    public async Task QueryWorklist_PeerWithoutWorklistService_SaysNoPresentationContext()
    {
        using var folder = new TempDirectory();
        await using var notRis = TestScp.Start(aeTitle: "RIS", sopClasses: [TestScp.Verification]);
        await using var device = TestDevices.Create(folder.Path, TestDevices.ClosedPort(), worklist: TestDevices.NodeOf(notRis));

        var result = await device.QueryWorklistAsync();

        Assert.Equal(DeviceErrorKind.NoPresentationContext, result.Error?.Kind);
        Assert.Equal("no presentation context accepted for Modality Worklist Information Model - FIND by RIS", result.Error?.DicomTerms);
    }

    private static DicomDataset Item(string accession, string patientId, string name, string time)
    {
        var step = new DicomDataset()
            .AddOrUpdate(WorklistTags.ScheduledStationAETitle, DicomVR.AE, "CT_ROOM1")
            .AddOrUpdate(WorklistTags.ScheduledProcedureStepStartDate, DicomVR.DA, "20260504")
            .AddOrUpdate(WorklistTags.ScheduledProcedureStepStartTime, DicomVR.TM, time)
            .AddOrUpdate(DicomTags.Modality, DicomVR.CS, "CT")
            .AddOrUpdate(WorklistTags.ScheduledProcedureStepID, DicomVR.SH, $"SPS-{accession}")
            .AddOrUpdate(WorklistTags.ScheduledProcedureStepDescription, DicomVR.LO, "CT HEAD W/O");
        return new DicomDataset()
            .AddOrUpdate(WorklistTags.AccessionNumber, DicomVR.SH, accession)
            .AddOrUpdate(DicomTags.PatientName, DicomVR.PN, name)
            .AddOrUpdate(DicomTags.PatientID, DicomVR.LO, patientId)
            .AddOrUpdate(WorklistTags.PatientBirthDate, DicomVR.DA, "19750412")
            .AddOrUpdate(WorklistTags.PatientSex, DicomVR.CS, "F")
            .AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, $"1.2.826.0.1.3680043.2.1125.{accession[4..]}")
            .AddOrUpdate(WorklistTags.RequestedProcedureID, DicomVR.SH, $"RP-{accession}")
            .AddOrUpdate(WorklistTags.RequestedProcedureDescription, DicomVR.LO, "CT HEAD")
            .AddOrUpdate(new DicomSequence(WorklistTags.ScheduledProcedureStepSequence, step));
    }
}
