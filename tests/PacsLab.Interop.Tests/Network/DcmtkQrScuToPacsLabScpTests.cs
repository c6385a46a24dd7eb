using System.Globalization;
using PacsLab.Dicom;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.TestKit;
using static PacsLab.Interop.Tests.Network.DcmtkQueryRetrieveTools;
using static PacsLab.Interop.Tests.Network.QueryRetrieveSamples;

namespace PacsLab.Interop.Tests.Network;

/// <summary>DCMTK's findscu, movescu and getscu as clients of the PacsLab SCP (<see cref="ScpHarness"/>) on 127.0.0.1.</summary>
public sealed class DcmtkQrScuToPacsLabScpTests : IDisposable
{
    private readonly TempDirectory _directory = new("pacslab-qrinterop");

    /// <summary>Two studies of P1 and one of P2, one instance each (the harness answers one match per instance).</summary>
    private static async Task<(IReadOnlyList<DicomFile> First, IReadOnlyList<DicomFile> Second, IReadOnlyList<DicomFile> Other)> SeedAsync(ScpHarness scp)
    {
        var first = Study("P1", "Query^First");
        var second = Study("P1", "Query^First");
        var other = Study("P2", "Query^Other");
        foreach (var file in first.Concat(second).Concat(other)) await scp.AddAsync(file);
        return (first, second, other);
    }

    [SkippableTheory]
    [InlineData("-P")]
    [InlineData("-S")]
    public async Task Find_FindscuStudyLevelByPatientId_ReturnsTheSeededStudies(string model)
    {
        var findscu = FindScu();
        await using var scp = new ScpHarness();
        var (first, second, _) = await SeedAsync(scp);
        var output = Directory.CreateDirectory(_directory.File("responses")).FullName;

        var result = await DcmtkNetworkTools.RunAsync(findscu,
        [
            model, "-aet", "FINDSCU", "-aec", ScpHarness.AeTitle, "-X", "-od", output,
            .. Keys("QueryRetrieveLevel=STUDY", "PatientID=P1", "StudyInstanceUID", "PatientName"),
            "127.0.0.1", Port(scp),
        ]);

        Assert.True(result.Succeeded, result.Describe());
        var responses = new List<DicomDataset>();
        foreach (var path in Directory.GetFiles(output, "rsp*.dcm").Order(StringComparer.Ordinal)) responses.Add((await DicomFile.OpenAsync(path)).Dataset);
        Assert.True(responses.Count == 2, $"findscu extracted {responses.Count} responses, expected 2:\n{result.Describe()}");
        Assert.Equal(new[] { StudyUid(first), StudyUid(second) }.Order(StringComparer.Ordinal),
            responses.Select(r => r.GetString(DicomTags.StudyInstanceUID)).Order(StringComparer.Ordinal));
        Assert.All(responses, r =>
        {
            Assert.Equal("STUDY", r.GetString(QueryRetrieveLevel));
            Assert.Equal("P1", r.GetString(DicomTags.PatientID));
            Assert.Equal("Query^First", r.GetString(DicomTags.PatientName));
        });
        var record = await scp.NextRecordAsync();
        var find = Assert.Single(record.Operations);
        Assert.Equal(DimseCommandField.CFindRq, find.Operation);
        Assert.Equal(DimseStatus.Success, find.Status);
    }

    [SkippableFact]
    public async Task Find_FindscuNoMatch_SucceedsWithNoResponse()
    {
        var findscu = FindScu();
        await using var scp = new ScpHarness();
        await SeedAsync(scp);
        var output = Directory.CreateDirectory(_directory.File("responses")).FullName;

        var result = await DcmtkNetworkTools.RunAsync(findscu,
        [
            "-S", "-aec", ScpHarness.AeTitle, "-X", "-od", output,
            .. Keys("QueryRetrieveLevel=STUDY", "PatientID=NOBODY", "StudyInstanceUID"),
            "127.0.0.1", Port(scp),
        ]);

        Assert.True(result.Succeeded, result.Describe());
        Assert.Empty(Directory.GetFiles(output));
    }

    [SkippableFact]
    public async Task Move_MovescuStudyToStorescp_EveryInstanceArrives()
    {
        var movescu = MoveScu();
        await using var storescp = await StoreScpPeer.StartAsync();
        await using var scp = new ScpHarness();
        scp.AddMoveDestination(StoreScpPeer.AeTitle, storescp.Process.Port);
        var study = Study("P1", "Move^Me", instances: 3);
        foreach (var file in study.Concat(Study("P1", "Move^Me"))) await scp.AddAsync(file);

        var result = await DcmtkNetworkTools.RunAsync(movescu,
        [
            "-v", "-S", "-aet", "MOVESCU", "-aec", ScpHarness.AeTitle, "-aem", StoreScpPeer.AeTitle,
            .. Keys("QueryRetrieveLevel=STUDY", $"StudyInstanceUID={StudyUid(study)}"),
            "127.0.0.1", Port(scp),
        ]);

        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal(InstanceUids(study), await InstanceUidsAsync(storescp.ReceivedFiles()));
        var record = await scp.NextRecordAsync();
        var move = Assert.Single(record.Operations);
        Assert.Equal(DimseCommandField.CMoveRq, move.Operation);
        Assert.Equal(DimseStatus.Success, move.Status);
    }

    [SkippableFact]
    public async Task Move_MovescuToUnknownDestination_FailsWithA801()
    {
        var movescu = MoveScu();
        await using var scp = new ScpHarness();
        var study = Study("P1", "Move^Me");
        await scp.AddAsync(study[0]);

        var result = await DcmtkNetworkTools.RunAsync(movescu,
        [
            "-v", "-S", "-aec", ScpHarness.AeTitle, "-aem", "NOWHERE",
            .. Keys("QueryRetrieveLevel=STUDY", $"StudyInstanceUID={StudyUid(study)}"),
            "127.0.0.1", Port(scp),
        ]);

        Assert.False(result.Succeeded, $"movescu should have failed:\n{result.Describe()}");
        Assert.Contains("Refused: MoveDestinationUnknown", result.AllOutput());
        var record = await scp.NextRecordAsync();
        var move = Assert.Single(record.Operations);
        Assert.Equal(DimseStatus.MoveDestinationUnknown, move.Status);
    }

    [SkippableFact]
    public async Task Get_GetscuStudy_FilesArriveInItsOutputFolder()
    {
        var getscu = GetScu();
        await using var scp = new ScpHarness();
        var study = Study("P3", "Get^Me", instances: 3);
        foreach (var file in study.Concat(Study("P3", "Get^Me"))) await scp.AddAsync(file);
        var output = Directory.CreateDirectory(_directory.File("received")).FullName;

        var result = await DcmtkNetworkTools.RunAsync(getscu,
        [
            "-v", "-S", "-aet", "GETSCU", "-aec", ScpHarness.AeTitle, "-od", output,
            .. Keys("QueryRetrieveLevel=STUDY", $"StudyInstanceUID={StudyUid(study)}"),
            "127.0.0.1", Port(scp),
        ]);

        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal(InstanceUids(study), await InstanceUidsAsync(Directory.GetFiles(output)));
        var received = await DicomFile.OpenAsync(Directory.GetFiles(output)[0]);
        Assert.Equal("Get^Me", received.Dataset.GetString(DicomTags.PatientName));
        var record = await scp.NextRecordAsync();
        var get = Assert.Single(record.Operations, o => o.Operation == DimseCommandField.CGetRq);
        Assert.Equal(DimseStatus.Success, get.Status);
    }

    public void Dispose() => _directory.Dispose();

    private static string Port(ScpHarness scp) => scp.Port.ToString(CultureInfo.InvariantCulture);
}
