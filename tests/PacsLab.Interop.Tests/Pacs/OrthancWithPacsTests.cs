using System.Text.Json.Nodes;
using PacsLab.Dicom;
using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Interop.Tests.Network;

namespace PacsLab.Interop.Tests.Pacs;

/// <summary>
/// Orthanc next to the PACS: as a C-MOVE destination (the PACS sends a study to it), and as a query/retrieve client
/// that C-FINDs the PACS and C-MOVEs from it to itself, driven through Orthanc's REST API. The PACS AE table lists
/// Orthanc as a move destination; Orthanc's configuration lists the PACS as its one modality.
/// </summary>
public sealed class OrthancWithPacsTests(StoredStudiesFixture fixture) : IClassFixture<StoredStudiesFixture>
{
    private PacsStudies Studies => fixture.Studies;
    private PacsUnderTest Pacs => fixture.Pacs;

    [SkippableFact]
    public async Task Move_PacsMovesStudyToOrthanc_OrthancHoldsEveryInstance()
    {
        await using var orthanc = await StartOrthancAsync();
        await using var client = await DicomClient.ConnectAsync(Pacs.Client("WORKSTATION"), QueryRetrieveSamples.Proposals());

        var final = await client.MoveAsync(QueryRetrieveSamples.StudyRootMove, OrthancRestPeer.AeTitle, QueryRetrieveSamples.StudyKeys(studyUid: Studies.Doe.Uid));
        await client.ReleaseAsync();

        Assert.True(final.Status == DimseStatus.Success, $"The PACS answered {final.Status} {final.ErrorComment}:\n{orthanc.Process.Describe()}");
        Assert.Equal(new DimseSubOperations(null, 6, 0, 0), final.SubOperations);
        Assert.Equal(Studies.Doe.InstanceUids.Order(StringComparer.Ordinal), await orthanc.InstanceUidsOfStudyAsync(Studies.Doe.Uid));
        var study = await orthanc.StudyAsync(Studies.Doe.Uid);
        Assert.Equal("DOE^JOHN", (string?)study?["PatientMainDicomTags"]?["PatientName"]);
        Assert.Equal("PAT-DOE1", (string?)study?["PatientMainDicomTags"]?["PatientID"]);
    }

    [SkippableFact]
    public async Task QueryRetrieve_OrthancFindsAndRetrievesStudyFromPacs_OrthancHoldsIt()
    {
        await using var orthanc = await StartOrthancAsync();
        var mark = await Pacs.AssociationLogMarkAsync();

        var query = await orthanc.PostAsync($"modalities/{OrthancRestPeer.PacsModality}/query", new JsonObject
        {
            ["Level"] = "Study",
            ["Query"] = new JsonObject { ["PatientID"] = "PAT-ROE2", ["PatientName"] = "", ["StudyInstanceUID"] = "", ["StudyDate"] = "" },
        });
        var queryId = (string)query!["ID"]!;
        var answers = (await orthanc.GetAsync($"queries/{queryId}/answers"))!.AsArray();
        Assert.Equal(["0"], answers.Select(a => (string?)a));
        var answer = await orthanc.GetAsync($"queries/{queryId}/answers/0/content?simplify");
        Assert.Equal(Studies.Roe.Uid, (string?)answer!["StudyInstanceUID"]);
        Assert.Equal("ROE^JANE", (string?)answer["PatientName"]);
        Assert.Equal("20251120", (string?)answer["StudyDate"]);

        await orthanc.PostAsync($"queries/{queryId}/answers/0/retrieve", new JsonObject { ["TargetAet"] = OrthancRestPeer.AeTitle, ["Synchronous"] = true });

        Assert.Equal(Studies.Roe.InstanceUids.Order(StringComparer.Ordinal), await orthanc.InstanceUidsOfStudyAsync(Studies.Roe.Uid));
        var find = await Pacs.AssociationAsync(a => a.Id > mark && a.CallingAeTitle == OrthancRestPeer.AeTitle && a.Operations.Contains("CFindRq", StringComparison.Ordinal),
            "Orthanc's C-FIND");
        Assert.Equal(0, find.FailedOperationCount);
        var move = await Pacs.AssociationAsync(a => a.Id > mark && a.CallingAeTitle == OrthancRestPeer.AeTitle && a.Operations.Contains("CMoveRq", StringComparison.Ordinal),
            "Orthanc's C-MOVE");
        Assert.Equal(0, move.FailedOperationCount);
    }

    [SkippableFact]
    public async Task Move_OrthancModalitiesMoveApiForOneSeries_OnlyThatSeriesArrives()
    {
        await using var orthanc = await StartOrthancAsync();
        var series = Studies.Doe.Series[1];

        await orthanc.PostAsync($"modalities/{OrthancRestPeer.PacsModality}/move", new JsonObject
        {
            ["Level"] = "Series",
            ["Resources"] = new JsonArray(new JsonObject { ["StudyInstanceUID"] = Studies.Doe.Uid, ["SeriesInstanceUID"] = series.Uid }),
            ["TargetAet"] = OrthancRestPeer.AeTitle,
            ["Synchronous"] = true,
        });

        Assert.Equal(series.InstanceUids.Order(StringComparer.Ordinal), await orthanc.InstanceUidsOfStudyAsync(Studies.Doe.Uid));
    }

    /// <summary>Fills the PACS (PacsLab's SCU, once per class), starts Orthanc knowing it, and lists Orthanc in the PACS AE table as a move destination.</summary>
    private async Task<OrthancRestPeer> StartOrthancAsync()
    {
        OrthancPeer.Require();
        await fixture.StoreWithPacsLabScuAsync();
        var orthanc = await OrthancRestPeer.StartAsync(PacsUnderTest.AeTitle, Pacs.Port);
        try
        {
            await Pacs.AddMoveDestinationAsync(OrthancRestPeer.AeTitle, orthanc.DicomPort);
            return orthanc;
        }
        catch
        {
            await orthanc.DisposeAsync();
            throw;
        }
    }
}
