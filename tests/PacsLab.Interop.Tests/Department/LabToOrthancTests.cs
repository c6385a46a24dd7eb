using PacsLab.Department.Modalities;
using PacsLab.Interop.Tests.Pacs;
using PacsLab.Tests.Lab;

namespace PacsLab.Interop.Tests.Department;

/// <summary>A modality of the running lab pointed at Debian's Orthanc through its service menu: the study lands there.</summary>
public sealed class LabToOrthancTests
{
    [SkippableFact]
    public async Task Acquire_WithTheDestinationPointedAtOrthanc_LandsInOrthancWithTheOrdersDemographics()
    {
        await using var lab = await RunningLab.StartAsync();
        var us = lab.Devices.FindModality("US_CLINIC")!;
        // Orthanc knows the modality (its one DICOM modality), so it accepts the store from US_CLINIC.
        await using var orthanc = await OrthancRestPeer.StartAsync("US_CLINIC", us.Port!.Value);
        await lab.PutAsync<PacsLab.Api.Department.ModalityEndpoints.ServiceMenuView>("/api/department/modalities/US_CLINIC/config",
            new NetworkSettingsEdit { DestinationHost = "127.0.0.1", DestinationPort = orthanc.DicomPort, DestinationAeTitle = OrthancRestPeer.AeTitle });

        var acquired = await lab.PostAsync<AcquisitionResult>("/api/department/modalities/US_CLINIC/acquire",
            new PacsLab.Api.Department.ModalityEndpoints.AcquireRequest("A10031"));
        var job = await lab.WaitForJobAsync("US_CLINIC", acquired.Job.Id, j => j.State == SendJobState.Sent || j.LastError is not null);

        Assert.True(job.State == SendJobState.Sent, $"the send to Orthanc failed: {job.LastError?.Message}\n{orthanc.Process.Describe()}");
        Assert.Equal(acquired.InstanceCount, (await orthanc.InstanceUidsOfStudyAsync(acquired.StudyInstanceUid)).Count);
        var study = await orthanc.StudyAsync(acquired.StudyInstanceUid);
        Assert.Equal("DOE^JANE", (string?)study?["PatientMainDicomTags"]?["PatientName"]);
        Assert.Equal("PL100002", (string?)study?["PatientMainDicomTags"]?["PatientID"]);
        Assert.Equal("A10031", (string?)study?["MainDicomTags"]?["AccessionNumber"]);
    }
}
