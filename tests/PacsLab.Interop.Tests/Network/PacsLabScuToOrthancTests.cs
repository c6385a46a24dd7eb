using PacsLab.Dicom;
using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.TestKit;
using static PacsLab.Interop.Tests.Network.QueryRetrieveSamples;

namespace PacsLab.Interop.Tests.Network;

/// <summary>
/// PacsLab's SCU (<see cref="DicomClient"/>) storing into, querying and retrieving from Orthanc, with a PacsLab SCP
/// as the C-MOVE destination. PacsLab is one AE, "PACSLAB", calling Orthanc and receiving from it.
/// </summary>
public sealed class PacsLabScuToOrthancTests
{
    private const string PacsLabAeTitle = "PACSLAB";

    [SkippableFact]
    public async Task Store_PacsLabScuToOrthanc_EachInstanceAcknowledged()
    {
        await using var lab = await Lab.StartAsync();
        var study = Study("ORTHANC-STORE", "Orthanc^Store", instances: 2);
        await using var client = await lab.ConnectAsync();

        foreach (var file in study)
        {
            var response = await client.StoreAsync(file);
            Assert.True(response.Status == DimseStatus.Success, $"Orthanc answered {response}:\n{lab.Orthanc.Process.Describe()}");
            Assert.Equal(file.Dataset.GetString(DicomTags.SOPInstanceUID), response.AffectedSopInstanceUid);
        }
        Assert.Equal(DimseStatus.Success, (await client.EchoAsync()).Status);
        await client.ReleaseAsync();
    }

    [SkippableFact]
    public async Task Find_StudyRootStudyLevel_FindsTheStoredStudy()
    {
        await using var lab = await Lab.StartAsync();
        var study = await lab.StoreAsync(Study("ORTHANC-FIND", "Orthanc^Find", instances: 3));
        await lab.StoreAsync(Study("ORTHANC-ELSE", "Orthanc^Else"));
        await using var client = await lab.ConnectAsync();

        var matches = new List<DicomDataset>();
        await foreach (var match in client.FindAsync(StudyRootFind, StudyKeys(patientId: "ORTHANC-FIND", extraReturnKeys: NumberOfStudyRelatedInstances)))
            matches.Add(match);
        await client.ReleaseAsync();

        var found = Assert.Single(matches);
        Assert.Equal(StudyUid(study), found.GetString(DicomTags.StudyInstanceUID));
        Assert.Equal("Orthanc^Find", found.GetString(DicomTags.PatientName));
        Assert.Equal("ORTHANC-FIND", found.GetString(DicomTags.PatientID));
        Assert.Equal("3", found.GetString(NumberOfStudyRelatedInstances));
    }

    [SkippableFact]
    public async Task Move_StudyToPacsLabScp_DeliversEveryInstance()
    {
        await using var lab = await Lab.StartAsync();
        var study = await lab.StoreAsync(Study("ORTHANC-MOVE", "Orthanc^Move", instances: 3));
        await lab.StoreAsync(Study("ORTHANC-MOVE", "Orthanc^Move"));
        await using var client = await lab.ConnectAsync();

        var final = await client.MoveAsync(StudyRootMove, PacsLabAeTitle, StudyKeys(studyUid: StudyUid(study)));
        await client.ReleaseAsync();

        Assert.True(final.Status == DimseStatus.Success, $"Orthanc answered {final}:\n{lab.Orthanc.Process.Describe()}");
        Assert.Equal(InstanceUids(study), await QueryRetrieveSamples.InstanceUidsAsync(lab.PacsLab.StoredFiles));
        var arrived = new Dictionary<string, DicomDataset>();
        foreach (var path in lab.PacsLab.StoredFiles)
        {
            var dataset = (await DicomFile.OpenAsync(path)).Dataset;
            arrived[dataset.GetString(DicomTags.SOPInstanceUID)!] = dataset;
        }
        foreach (var sent in study)
        {
            var got = arrived[sent.Dataset.GetString(DicomTags.SOPInstanceUID)!];
            Assert.Equal("Orthanc^Move", got.GetString(DicomTags.PatientName));
            Assert.Equal(NetworkSamples.PixelBytes(sent.Dataset), NetworkSamples.PixelBytes(got));
        }
        var record = await lab.PacsLab.NextRecordAsync();
        Assert.Equal(OrthancPeer.AeTitle, record.CallingAeTitle);
        Assert.Equal(study.Count, record.Operations.Count(o => o.Operation == DimseCommandField.CStoreRq && o.Status == DimseStatus.Success));
    }

    [SkippableFact]
    public async Task Get_Study_ReceivesEveryInstanceOverTheSameAssociation()
    {
        await using var lab = await Lab.StartAsync();
        var study = await lab.StoreAsync(Study("ORTHANC-GET", "Orthanc^Get", instances: 2));
        await using var client = await lab.ConnectAsync();

        var received = new List<string?>();
        var final = await client.GetAsync(StudyRootGet, StudyKeys(studyUid: StudyUid(study)), async (_, data, ct) =>
        {
            received.Add((await data.ReadAsync(cancellationToken: ct)).GetString(DicomTags.SOPInstanceUID));
            return DimseResult.Success;
        });
        await client.ReleaseAsync();

        Assert.True(final.Status == DimseStatus.Success, $"Orthanc answered {final}:\n{lab.Orthanc.Process.Describe()}");
        Assert.Equal(InstanceUids(study), received.Order(StringComparer.Ordinal));
    }

    /// <summary>Orthanc answers only the modalities it knows (see <see cref="OrthancPeer"/>): the exception must say why.</summary>
    [SkippableFact]
    public async Task Associate_CallingAeUnknownToOrthanc_ExceptionSaysCallingAeNotRecognized()
    {
        await using var lab = await Lab.StartAsync();

        var ex = await Assert.ThrowsAsync<DicomNetworkException>(() =>
            DicomClient.ConnectAsync(lab.Orthanc.ClientOptions("STRANGER"), Proposals()));

        Assert.Contains("does not recognize the calling AE title", ex.Message);
        Assert.Contains("source 1, reason 3", ex.Message);
    }

    /// <summary>Orthanc knowing PACSLAB (a PacsLab SCP on 127.0.0.1) as its one modality.</summary>
    private sealed class Lab : IAsyncDisposable
    {
        private Lab(ScpHarness pacsLab, OrthancPeer orthanc)
        {
            PacsLab = pacsLab;
            Orthanc = orthanc;
        }

        public ScpHarness PacsLab { get; }
        public OrthancPeer Orthanc { get; }

        public static async Task<Lab> StartAsync()
        {
            OrthancPeer.Require();
            var pacsLab = new ScpHarness(aeTitle: PacsLabAeTitle);
            try
            {
                return new Lab(pacsLab, await OrthancPeer.StartAsync((PacsLabAeTitle, pacsLab.Port)));
            }
            catch
            {
                await pacsLab.DisposeAsync();
                throw;
            }
        }

        public Task<DicomClient> ConnectAsync() => DicomClient.ConnectAsync(Orthanc.ClientOptions(PacsLabAeTitle), Proposals(), roles: GetRoles);

        /// <summary>Stores the files with PacsLab's SCU and returns them.</summary>
        public async Task<IReadOnlyList<DicomFile>> StoreAsync(IReadOnlyList<DicomFile> files)
        {
            await using var client = await ConnectAsync();
            foreach (var file in files)
            {
                var response = await client.StoreAsync(file);
                Assert.True(response.Status == DimseStatus.Success, $"Orthanc answered {response}:\n{Orthanc.Process.Describe()}");
            }
            await client.ReleaseAsync();
            return files;
        }

        public async ValueTask DisposeAsync()
        {
            await Orthanc.DisposeAsync();
            await PacsLab.DisposeAsync();
        }
    }
}
