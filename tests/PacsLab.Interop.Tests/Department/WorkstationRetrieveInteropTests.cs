using PacsLab.Department.Tests.Modalities.Support;
using Microsoft.Extensions.Logging.Abstractions;
using PacsLab.Department.Configuration;
using PacsLab.Department.Modalities;
using PacsLab.Department.Workstation;
using PacsLab.Interop.Tests.Network;
using PacsLab.TestKit;

namespace PacsLab.Interop.Tests.Department;

/// <summary>The reading workstation retrieving priors from DCMTK's dcmqrscp.</summary>
public sealed class WorkstationRetrieveInteropTests
{
    [SkippableFact]
    public async Task RetrievePriors_FromDcmqrscp_StudyMovedToTheWorkstationAndListed()
    {
        DcmtkQueryRetrieveTools.DcmQrScp();
        using var folder = new TempDirectory();
        await using var workstation = new ReadingWorkstation("RAD_WS1", 0, new DicomNode("127.0.0.1", 104, DcmQrScpPeer.AeTitle), folder.File("ws"),
            NullLoggerFactory.Instance);
        await workstation.StartAsync();
        await using var archive = await DcmQrScpPeer.StartAsync(("RAD_WS1", workstation.Port!.Value));
        workstation.UsePacs(new DicomNode("127.0.0.1", archive.Process.Port, DcmQrScpPeer.AeTitle));
        // The prior gets to the archive the way it would in the lab: a modality sends it.
        await using var modality = ModalityInterop.Create(folder.File("ct"), new DicomNode("127.0.0.1", archive.Process.Port, DcmQrScpPeer.AeTitle));
        await modality.StartAsync();
        var prior = await modality.RegisterManuallyAsync(ModalityInterop.Patient());
        var sent = await modality.WaitForAsync(prior.Job.Id, j => j.State is SendJobState.Sent or SendJobState.WaitingRetry);
        Assert.True(sent.State == SendJobState.Sent, $"{sent.LastError}\n{archive.Process.Describe()}");

        var result = await workstation.RetrievePriorsAsync("P-1001");

        Assert.True(result.Success, $"{result.Summary}\n{archive.Process.Describe()}");
        var retrieval = Assert.Single(result.Studies);
        Assert.Equal((prior.StudyInstanceUid, "0x0000", 3, 0), (retrieval.StudyInstanceUid, retrieval.Status, retrieval.Completed, retrieval.Failed));
        var study = Assert.Single(workstation.ReceivedStudies);
        Assert.Equal((prior.StudyInstanceUid, "DOE^JANE", "P-1001", 3, 1), (study.StudyInstanceUid, study.PatientName, study.PatientId, study.InstanceCount, study.SeriesCount));
        Assert.Equal([DcmQrScpPeer.AeTitle], study.FromAeTitles);
    }

    [SkippableFact]
    public async Task RetrievePriors_DcmqrscpDoesNotKnowTheWorkstation_SaysToAddItToTheAeTable()
    {
        DcmtkQueryRetrieveTools.DcmQrScp();
        using var folder = new TempDirectory();
        await using var archive = await DcmQrScpPeer.StartAsync();
        await using var modality = ModalityInterop.Create(folder.File("ct"), new DicomNode("127.0.0.1", archive.Process.Port, DcmQrScpPeer.AeTitle));
        await modality.StartAsync();
        var prior = await modality.RegisterManuallyAsync(ModalityInterop.Patient());
        await modality.WaitForAsync(prior.Job.Id, j => j.State == SendJobState.Sent);
        await using var workstation = new ReadingWorkstation("RAD_WS1", 0, new DicomNode("127.0.0.1", archive.Process.Port, DcmQrScpPeer.AeTitle), folder.File("ws"),
            NullLoggerFactory.Instance);
        await workstation.StartAsync();

        var result = await workstation.RetrievePriorsAsync("P-1001");

        var retrieval = Assert.Single(result.Studies);
        Assert.Equal("0xA801", retrieval.Status);
        Assert.StartsWith("the PACS does not know RAD_WS1 as a move destination: add it to the PACS AE table", retrieval.Message, StringComparison.Ordinal);
        Assert.Empty(workstation.ReceivedStudies);
    }
}
