using PacsLab.Department.Modalities;
using PacsLab.Department.Synthesis;
using PacsLab.Department.Tests.Modalities.Support;
using PacsLab.Dicom;
using PacsLab.TestKit;

namespace PacsLab.Department.Tests.Modalities;

public sealed class AcquisitionTests
{
    [Fact]
    public async Task Acquire_WorklistItem_StudyCarriesItsDemographicsAccessionAndStudyUidAndTheRisIsTold()
    {
        using var folder = new TempDirectory();
        var synthesizer = new FakeSynthesizer();
        var ris = new RecordingStepReporter();
        await using var device = TestDevices.Create(folder.Path, TestDevices.ClosedPort(), synthesizer: synthesizer, reporter: ris);
        var item = new WorklistItem
        {
            Patient = new PatientDemographics("P-7", "ROE^RICHARD", "19600101", "M"),
            AccessionNumber = "ACC-77",
            StudyInstanceUid = "1.2.826.0.1.3680043.2.1125.77",
            RequestedProcedureId = "RP-77",
            RequestedProcedureDescription = "CT CHEST",
            ScheduledProcedureStepId = "SPS-77",
            Modality = "CT",
            ScheduledStationAeTitle = "CT_ROOM1",
        };

        var result = await device.AcquireAsync(item);

        var request = Assert.Single(synthesizer.Requests);
        Assert.Equal((item.Patient, "ACC-77", "1.2.826.0.1.3680043.2.1125.77", "CT CHEST", "RP-77", "SPS-77"),
            (request.Patient, request.AccessionNumber, request.StudyInstanceUid, request.StudyDescription, request.RequestedProcedureId, request.ScheduledProcedureStepId));
        Assert.Equal(("CT", "CT_ROOM1", "CT_ROOM1"), (request.Modality, request.StationAeTitle, request.StationName));
        Assert.Equal(["started ACC-77 at CT_ROOM1", "completed ACC-77 1.2.826.0.1.3680043.2.1125.77 3"], ris.Calls);
        Assert.Equal(("1.2.826.0.1.3680043.2.1125.77", 3), (result.StudyInstanceUid, result.InstanceCount));
        Assert.Empty(result.Warnings);
        var saved = Directory.GetFiles(Path.Combine(folder.Path, "studies", result.Job.Id), "*.dcm").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["0001.dcm", "0002.dcm", "0003.dcm"], saved.Select(Path.GetFileName));
        var file = await DicomFile.OpenAsync(saved[0]);
        Assert.Equal(("ROE^RICHARD", "1.2.826.0.1.3680043.2.1125.77"), (file.Dataset.GetString(DicomTags.PatientName), file.Dataset.GetString(DicomTags.StudyInstanceUID)));
        Assert.Equal(SendJobState.Queued, result.Job.State);
        Assert.Equal(("P-7", "ROE^RICHARD", "ACC-77"), (result.Job.PatientId, result.Job.PatientName, result.Job.AccessionNumber));
    }

    [Fact]
    public async Task RegisterManually_TypoInTheName_AcquiredExactlyAsTyped()
    {
        using var folder = new TempDirectory();
        var synthesizer = new FakeSynthesizer();
        await using var device = TestDevices.Create(folder.Path, TestDevices.ClosedPort(), synthesizer: synthesizer);

        var result = await device.RegisterManuallyAsync(new ManualRegistration { PatientId = "P-1001", PatientName = "DOE^JAEN ", Sex = "f" });

        var request = Assert.Single(synthesizer.Requests);
        Assert.Equal(new PatientDemographics("P-1001", "DOE^JAEN", null, "F"), request.Patient);
        Assert.Equal("", request.AccessionNumber);
        Assert.Null(request.StudyInstanceUid);
        Assert.Equal(3, result.InstanceCount);
    }

    [Fact]
    public async Task RegisterManually_NoPatientId_GetsATemporaryIdFromTheConsoleClock()
    {
        using var folder = new TempDirectory();
        var synthesizer = new FakeSynthesizer();
        await using var device = TestDevices.Create(folder.Path, TestDevices.ClosedPort(), synthesizer: synthesizer);

        await device.RegisterManuallyAsync(new ManualRegistration { PatientName = "UNKNOWN^TRAUMA" });

        var request = Assert.Single(synthesizer.Requests);
        Assert.Matches("^TMP[0-9]{12}$", request.Patient.PatientId);
        Assert.Equal("UNKNOWN^TRAUMA", request.Patient.PatientName);
    }

    [Fact]
    public async Task Acquire_SynthesisFails_TheRisIsNotToldAndNothingIsQueued()
    {
        using var folder = new TempDirectory();
        var ris = new RecordingStepReporter();
        await using var device = TestDevices.Create(folder.Path, TestDevices.ClosedPort(), synthesizer: new FailingSynthesizer(), reporter: ris);

        await Assert.ThrowsAsync<ArgumentException>(() => device.RegisterManuallyAsync(TestDevices.Patient(accession: "ACC-9")));

        Assert.Empty(ris.Calls);
        Assert.Empty(device.Jobs);
    }

    private sealed class FailingSynthesizer : PacsLab.Department.Synthesis.IStudySynthesizer
    {
        public IReadOnlyCollection<string> Modalities { get; } = ["CT", "MR", "CR", "US"];

        public PacsLab.Department.Synthesis.SynthesizedStudy Synthesize(PacsLab.Department.Synthesis.StudyRequest request) =>
            throw new ArgumentException("the synthesizer refused this request");
    }

    [Fact]
    public async Task RegisterManually_UnscheduledPatient_RisIsNotTold()
    {
        using var folder = new TempDirectory();
        var ris = new RecordingStepReporter();
        await using var device = TestDevices.Create(folder.Path, TestDevices.ClosedPort(), reporter: ris);

        await device.RegisterManuallyAsync(TestDevices.Patient(accession: ""));

        Assert.Empty(ris.Calls);
    }

    [Fact]
    public async Task RegisterManually_InputThatCannotBeDicom_RefusedFieldByFieldAndNothingAcquired()
    {
        using var folder = new TempDirectory();
        var synthesizer = new FakeSynthesizer();
        await using var device = TestDevices.Create(folder.Path, TestDevices.ClosedPort(), synthesizer: synthesizer);

        var error = await Assert.ThrowsAsync<DeviceInputException>(() => device.RegisterManuallyAsync(new ManualRegistration
        {
            PatientName = "DOE\\JANE", PatientId = "P-1", BirthDate = "12.04.1975", Sex = "W", AccessionNumber = "ACC-0123456789-XYZ",
        }));

        Assert.Equal(["accessionNumber", "birthDate", "patientName", "sex"], error.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Contains(error.Errors, e => e.Message == "'12.04.1975' is not a date in the form YYYYMMDD (e.g. 19750412)");
        Assert.Empty(synthesizer.Requests);
        Assert.Empty(device.Jobs);
    }

    [Fact]
    public async Task Acquire_RisDown_StudyStillQueuedWithAWarning()
    {
        using var folder = new TempDirectory();
        await using var device = TestDevices.Create(folder.Path, TestDevices.ClosedPort(), reporter: new RecordingStepReporter { Fail = true });

        var result = await device.RegisterManuallyAsync(TestDevices.Patient(accession: "ACC-9"));

        Assert.Equal(2, result.Warnings.Count);
        Assert.StartsWith("The RIS was not told that the procedure step of accession ACC-9 started (the RIS is down)", result.Warnings[0], StringComparison.Ordinal);
        Assert.Single(device.Jobs);
    }

    [Fact]
    public async Task Status_FailedSendThenDelivery_ShowsTheLastErrorUntilASendSucceeds()
    {
        using var folder = new TempDirectory();
        await using var pacs = TestScp.Start();
        await using var device = TestDevices.Create(folder.Path, TestDevices.ClosedPort(), configure: o => o.SendQueue.MaxAttempts = 1);
        var stopped = device.Status;
        await device.StartAsync();

        var id = (await device.RegisterManuallyAsync(TestDevices.Patient())).Job.Id;
        await device.WaitForAsync(id, j => j.State == SendJobState.Failed);
        var failing = device.Status;
        await device.ServiceMenu.ApplyAsync(new NetworkSettingsEdit { DestinationPort = pacs.Port });
        await device.ResendAsync(id);
        var fine = device.Status;

        Assert.Equal((ModalityActivity.Stopped, (int?)null), (stopped.Activity, stopped.Port));
        Assert.Equal((1, 0), (failing.JobsFailed, failing.JobsSent));
        Assert.Equal(DeviceErrorKind.ConnectionRefused, failing.LastError?.Kind);
        Assert.Equal(TestDevices.Start, failing.LastErrorAt);
        Assert.Equal((0, 1, (DeviceError?)null), (fine.JobsFailed, fine.JobsSent, fine.LastError));
        Assert.Equal(device.Port, fine.Port);
    }
}
