using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Pdu;
using PacsLab.TestKit;

namespace PacsLab.Dicom.Network.Tests.Loopback;

/// <summary>C-FIND, C-MOVE and C-GET between our SCU and our SCP over real sockets.</summary>
public class QueryRetrieveLoopbackTests
{
    private const string StudyRootFind = "1.2.840.10008.5.1.4.1.2.2.1";
    private const string StudyRootMove = "1.2.840.10008.5.1.4.1.2.2.2";
    private const string StudyRootGet = "1.2.840.10008.5.1.4.1.2.2.3";
    private const string CtImageStorage = "1.2.840.10008.5.1.4.1.1.2";

    private static DicomClientOptions To(ScpHarness scp) => new() { Host = "127.0.0.1", Port = scp.Port, CallingAeTitle = "RAD_WS1", CalledAeTitle = ScpHarness.AeTitle };

    private static IReadOnlyList<PresentationContextProposal> QueryRetrieve() => DicomClient.Proposals(
    [
        (DimseCommands.VerificationSopClassUid, [DicomTransferSyntax.ImplicitVRLittleEndian.Uid]),
        (StudyRootFind, [DicomTransferSyntax.ImplicitVRLittleEndian.Uid]),
        (StudyRootMove, [DicomTransferSyntax.ImplicitVRLittleEndian.Uid]),
        (StudyRootGet, [DicomTransferSyntax.ImplicitVRLittleEndian.Uid]),
        (CtImageStorage, [DicomTransferSyntax.ExplicitVRLittleEndian.Uid, DicomTransferSyntax.ImplicitVRLittleEndian.Uid]),
    ]);

    private static async Task<List<DicomFile>> SeedAsync(ScpHarness scp, string patientId, string studyUid, int count)
    {
        var files = new List<DicomFile>();
        for (var i = 0; i < count; i++)
        {
            var ds = new DicomDataset()
                .AddOrUpdate(DicomTags.SOPClassUID, DicomVR.UI, CtImageStorage)
                .AddOrUpdate(DicomTags.SOPInstanceUID, DicomVR.UI, DicomUidGenerator.Generate())
                .AddOrUpdate(DicomTags.PatientName, DicomVR.PN, "Query^Retrieve")
                .AddOrUpdate(DicomTags.PatientID, DicomVR.LO, patientId)
                .AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, studyUid)
                .AddOrUpdate(DicomTags.PixelData, DicomVR.OW, new byte[] { 1, 2, 3, 4 });
            var file = DicomFile.Create(ds, DicomTransferSyntax.ExplicitVRLittleEndian);
            await scp.AddAsync(file);
            files.Add(file);
        }
        return files;
    }

    private static DicomDataset StudyKeys(string? patientId = null, string? studyUid = null)
    {
        var keys = new DicomDataset()
            .AddOrUpdate(new DicomTag(0x0008, 0x0052), DicomVR.CS, "STUDY")
            .AddOrUpdate(DicomTags.PatientName, DicomVR.PN, "")
            .AddOrUpdate(DicomTags.PatientID, DicomVR.LO, patientId ?? "")
            .AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, studyUid ?? "");
        return keys;
    }

    [Fact]
    public async Task Find_ReturnsEachMatchThenSuccess()
    {
        await using var scp = new ScpHarness();
        await SeedAsync(scp, "P1", "1.2.3.1", 2);
        await SeedAsync(scp, "P2", "1.2.3.2", 1);
        await using var client = await DicomClient.ConnectAsync(To(scp), QueryRetrieve());
        var matches = new List<DicomDataset>();
        await foreach (var match in client.FindAsync(StudyRootFind, StudyKeys(patientId: "P1"))) matches.Add(match);
        Assert.Equal(2, matches.Count);
        Assert.All(matches, m => Assert.Equal("Query^Retrieve", m.GetString(DicomTags.PatientName)));
        await client.ReleaseAsync();
    }

    [Fact]
    public async Task Find_StoppedEarly_CancelsAndTheAssociationStaysUsable()
    {
        await using var scp = new ScpHarness();
        await SeedAsync(scp, "P1", "1.2.3.1", 30);
        await using var client = await DicomClient.ConnectAsync(To(scp), QueryRetrieve());
        await foreach (var _ in client.FindAsync(StudyRootFind, StudyKeys())) break;
        Assert.Equal(DimseStatus.Success, (await client.EchoAsync()).Status);
        await client.ReleaseAsync();
        var record = await scp.NextRecordAsync();
        var find = record.Operations.First(o => o.Operation == DimseCommandField.CFindRq);
        Assert.True(find.Status == DimseStatus.Cancel || find.Status == DimseStatus.Success);
    }

    [Fact]
    public async Task Move_ToAKnownDestination_SendsEveryInstanceThere()
    {
        await using var archive = new ScpHarness();
        await using var workstation = new ScpHarness(aeTitle: "RAD_WS1");
        var seeded = await SeedAsync(archive, "P1", "1.2.3.9", 3);
        archive.AddMoveDestination("RAD_WS1", workstation.Port);
        await using var client = await DicomClient.ConnectAsync(To(archive), QueryRetrieve());
        var progress = new List<DimseSubOperations>();
        var final = await client.MoveAsync(StudyRootMove, "RAD_WS1", StudyKeys(studyUid: "1.2.3.9"), new SyncProgress<DimseSubOperations>(progress.Add));
        Assert.Equal(DimseStatus.Success, final.Status);
        Assert.Equal(3, final.SubOperations!.Completed);
        Assert.Equal(0, final.SubOperations.Failed);
        Assert.Equal([2, 1], progress.Select(p => p.Remaining!.Value));
        var received = new List<string?>();
        foreach (var path in workstation.StoredFiles) received.Add((await DicomFile.OpenAsync(path)).Dataset.GetString(DicomTags.SOPInstanceUID));
        Assert.Equal(seeded.Select(f => f.Dataset.GetString(DicomTags.SOPInstanceUID)).Order(), received.Order());
        await client.ReleaseAsync();
    }

    [Fact]
    public async Task Move_UnknownDestination_FailsWithA801NamingIt()
    {
        await using var archive = new ScpHarness();
        await SeedAsync(archive, "P1", "1.2.3.9", 1);
        await using var client = await DicomClient.ConnectAsync(To(archive), QueryRetrieve());
        var final = await client.MoveAsync(StudyRootMove, "NOWHERE", StudyKeys(studyUid: "1.2.3.9"));
        Assert.Equal(0xA801, final.Status.Code);
        Assert.Contains("'NOWHERE' is not in the AE table", final.ErrorComment);
        await client.ReleaseAsync();
    }

    [Fact]
    public async Task Move_DestinationDown_ReportsFailedSubOperations()
    {
        await using var archive = new ScpHarness();
        await SeedAsync(archive, "P1", "1.2.3.9", 2);
        int deadPort;
        await using (var gone = new ScpHarness()) deadPort = gone.Port;
        archive.AddMoveDestination("RAD_WS1", deadPort);
        await using var client = await DicomClient.ConnectAsync(To(archive), QueryRetrieve());
        var final = await client.MoveAsync(StudyRootMove, "RAD_WS1", StudyKeys(studyUid: "1.2.3.9"));
        Assert.Equal(0xA702, final.Status.Code);
        Assert.Equal(2, final.SubOperations!.Failed);
        Assert.Contains("RAD_WS1", final.ErrorComment);
        Assert.Contains("unreachable", final.ErrorComment);
        await client.ReleaseAsync();
    }

    [Fact]
    public async Task Get_ReceivesTheInstancesOverTheSameAssociation()
    {
        await using var archive = new ScpHarness();
        var seeded = await SeedAsync(archive, "P7", "1.2.3.7", 2);
        await using var client = await DicomClient.ConnectAsync(To(archive), QueryRetrieve(), roles: [new RoleSelection(CtImageStorage, ScuRole: false, ScpRole: true)]);
        var received = new List<string?>();
        var final = await client.GetAsync(StudyRootGet, StudyKeys(patientId: "P7"), async (command, data, ct) =>
        {
            received.Add((await data.ReadAsync(cancellationToken: ct)).GetString(DicomTags.SOPInstanceUID));
            return DimseResult.Success;
        });
        Assert.Equal(DimseStatus.Success, final.Status);
        Assert.Equal(2, final.SubOperations!.Completed);
        Assert.Equal(seeded.Select(f => f.Dataset.GetString(DicomTags.SOPInstanceUID)).Order(), received.Order());
        await client.ReleaseAsync();
    }

    [Fact]
    public async Task Get_StoreRefusedByTheRequestor_ReportsFailedUidList()
    {
        await using var archive = new ScpHarness();
        var seeded = await SeedAsync(archive, "P8", "1.2.3.8", 2);
        await using var client = await DicomClient.ConnectAsync(To(archive), QueryRetrieve(), roles: [new RoleSelection(CtImageStorage, false, true)]);
        var final = await client.GetAsync(StudyRootGet, StudyKeys(patientId: "P8"), (_, _, _) => Task.FromResult(new DimseResult(DimseStatus.OutOfResources, "disk full")));
        Assert.Equal(0xA702, final.Status.Code);
        Assert.Equal(2, final.SubOperations!.Failed);
        await client.ReleaseAsync();
    }

    /// <summary>Reports synchronously, so the test sees every report before the call returns.</summary>
    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
