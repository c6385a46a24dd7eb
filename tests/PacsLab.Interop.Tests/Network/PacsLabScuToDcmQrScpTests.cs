using PacsLab.Dicom;
using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.TestKit;
using static PacsLab.Interop.Tests.Network.QueryRetrieveSamples;

namespace PacsLab.Interop.Tests.Network;

/// <summary>PacsLab's SCU (<see cref="DicomClient"/>) storing into, querying and retrieving from DCMTK's dcmqrscp.</summary>
public sealed class PacsLabScuToDcmQrScpTests
{
    private const string DestinationAeTitle = "PACSLAB_DEST";

    [SkippableFact]
    public async Task Store_PacsLabScuToDcmqrscp_EveryFileInItsStorageArea()
    {
        await using var lab = await Lab.StartAsync();

        var stored = await QueryRetrieveSamples.InstanceUidsAsync(lab.Archive.StoredFiles());

        Assert.Equal(InstanceUids(lab.Mine.Concat(lab.Other)), stored);
    }

    [SkippableFact]
    public async Task Find_StudyRootByPatientId_ReturnsThatStudy()
    {
        await using var lab = await Lab.StartAsync();
        await using var client = await lab.ConnectAsync();

        var matches = new List<DicomDataset>();
        await foreach (var match in client.FindAsync(StudyRootFind, StudyKeys(patientId: "QR-MINE"))) matches.Add(match);
        await client.ReleaseAsync();

        var study = Assert.Single(matches);
        Assert.Equal(StudyUid(lab.Mine), study.GetString(DicomTags.StudyInstanceUID));
        Assert.Equal("QR-MINE", study.GetString(DicomTags.PatientID));
        Assert.Equal("Dcmqrscp^Mine", study.GetString(DicomTags.PatientName));
        Assert.Equal("STUDY", study.GetString(QueryRetrieveLevel));
    }

    [SkippableFact]
    public async Task Find_StudyRootUniversal_ReturnsEveryStudy()
    {
        await using var lab = await Lab.StartAsync();
        await using var client = await lab.ConnectAsync();

        var studies = new List<string?>();
        await foreach (var match in client.FindAsync(StudyRootFind, StudyKeys())) studies.Add(match.GetString(DicomTags.StudyInstanceUID));
        await client.ReleaseAsync();

        Assert.Equal(new[] { StudyUid(lab.Mine), StudyUid(lab.Other) }.Order(StringComparer.Ordinal), studies.Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task Move_StudyToPacsLabScp_DeliversEveryInstance()
    {
        await using var lab = await Lab.StartAsync();
        await using var client = await lab.ConnectAsync();

        var final = await client.MoveAsync(StudyRootMove, DestinationAeTitle, StudyKeys(studyUid: StudyUid(lab.Mine)));
        await client.ReleaseAsync();

        Assert.True(final.Status == DimseStatus.Success, $"dcmqrscp answered {final}:\n{lab.Archive.Process.Describe()}");
        Assert.Equal(lab.Mine.Count, final.SubOperations?.Completed);
        Assert.Equal(InstanceUids(lab.Mine), await QueryRetrieveSamples.InstanceUidsAsync(lab.Destination.StoredFiles));
        var record = await lab.Destination.NextRecordAsync();
        Assert.Equal(DcmQrScpPeer.AeTitle, record.CallingAeTitle);
        Assert.All(record.Operations, o => Assert.Equal(DimseStatus.Success, o.Status));
    }

    [SkippableFact]
    public async Task Move_UnknownDestination_FailsWithA801()
    {
        await using var lab = await Lab.StartAsync();
        await using var client = await lab.ConnectAsync();

        var final = await client.MoveAsync(StudyRootMove, "NOWHERE", StudyKeys(studyUid: StudyUid(lab.Mine)));
        await client.ReleaseAsync();

        Assert.Equal(DimseStatus.MoveDestinationUnknown, final.Status);
        Assert.Empty(lab.Destination.StoredFiles);
    }

    [SkippableFact]
    public async Task Get_Study_ReceivesEveryInstanceOverTheSameAssociation()
    {
        await using var lab = await Lab.StartAsync();
        await using var client = await lab.ConnectAsync();

        var received = new List<DicomDataset>();
        var final = await client.GetAsync(StudyRootGet, StudyKeys(studyUid: StudyUid(lab.Mine)), async (_, data, ct) =>
        {
            received.Add(await data.ReadAsync(cancellationToken: ct));
            return DimseResult.Success;
        });
        await client.ReleaseAsync();

        Assert.True(final.Status == DimseStatus.Success, $"dcmqrscp answered {final}:\n{lab.Archive.Process.Describe()}");
        Assert.Equal(lab.Mine.Count, final.SubOperations?.Completed);
        Assert.Equal(InstanceUids(lab.Mine), received.Select(d => d.GetString(DicomTags.SOPInstanceUID)).Order(StringComparer.Ordinal));
        foreach (var sent in lab.Mine)
        {
            var got = Assert.Single(received, d => d.GetString(DicomTags.SOPInstanceUID) == sent.Dataset.GetString(DicomTags.SOPInstanceUID));
            Assert.Equal("Dcmqrscp^Mine", got.GetString(DicomTags.PatientName));
            Assert.Equal(NetworkSamples.PixelBytes(sent.Dataset), NetworkSamples.PixelBytes(got));
        }
    }

    /// <summary>dcmqrscp holding two studies stored by PacsLab's SCU, and a PacsLab SCP it knows as a move destination.</summary>
    private sealed class Lab : IAsyncDisposable
    {
        private Lab(ScpHarness destination, DcmQrScpPeer archive, IReadOnlyList<DicomFile> mine, IReadOnlyList<DicomFile> other)
        {
            Destination = destination;
            Archive = archive;
            Mine = mine;
            Other = other;
        }

        public ScpHarness Destination { get; }
        public DcmQrScpPeer Archive { get; }
        public IReadOnlyList<DicomFile> Mine { get; }
        public IReadOnlyList<DicomFile> Other { get; }

        public static async Task<Lab> StartAsync()
        {
            DcmtkQueryRetrieveTools.DcmQrScp();
            var destination = new ScpHarness(aeTitle: DestinationAeTitle);
            DcmQrScpPeer? archive = null;
            try
            {
                archive = await DcmQrScpPeer.StartAsync((DestinationAeTitle, destination.Port));
                var lab = new Lab(destination, archive, Study("QR-MINE", "Dcmqrscp^Mine", instances: 3), Study("QR-OTHER", "Dcmqrscp^Other"));
                await using var client = await lab.ConnectAsync();
                foreach (var file in lab.Mine.Concat(lab.Other))
                {
                    var response = await client.StoreAsync(file);
                    Assert.True(response.Status == DimseStatus.Success, $"dcmqrscp answered {response}:\n{archive.Process.Describe()}");
                }
                await client.ReleaseAsync();
                return lab;
            }
            catch
            {
                if (archive is not null) await archive.DisposeAsync();
                await destination.DisposeAsync();
                throw;
            }
        }

        public Task<DicomClient> ConnectAsync() => DicomClient.ConnectAsync(Archive.ClientOptions(), Proposals(), roles: GetRoles);

        public async ValueTask DisposeAsync()
        {
            await Archive.DisposeAsync();
            await Destination.DisposeAsync();
        }
    }
}
