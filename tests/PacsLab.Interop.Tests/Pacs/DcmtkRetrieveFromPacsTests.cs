using PacsLab.Dicom;
using PacsLab.Interop.Tests.Network;
using PacsLab.TestKit;
using static PacsLab.Interop.Tests.Network.DcmtkQueryRetrieveTools;

namespace PacsLab.Interop.Tests.Pacs;

/// <summary>
/// DCMTK's movescu and getscu retrieving from the PACS (filled by storescu): C-MOVE to a storescp that the PACS AE
/// table lists as a move destination, C-MOVE to an AE it does not know (0xA801), and C-GET back to getscu.
/// </summary>
public sealed class DcmtkRetrieveFromPacsTests(StoredStudiesFixture fixture) : IClassFixture<StoredStudiesFixture>, IDisposable
{
    private readonly TempDirectory _directory = new("pacslab-pacsretrieve");

    private PacsStudies Studies => fixture.Studies;

    [SkippableFact]
    public async Task Move_MovescuStudyRootStudyToStorescp_EveryInstanceArrivesAndCountsMatch()
    {
        var movescu = MoveScu();
        await using var storescp = await StartDestinationAsync();
        var mark = await fixture.Pacs.AssociationLogMarkAsync();

        var result = await DcmtkNetworkTools.RunAsync(movescu,
        [
            "-d", "-S", "-aet", "MOVESCU", "-aec", PacsUnderTest.AeTitle, "-aem", StoreScpPeer.AeTitle,
            .. Keys("QueryRetrieveLevel=STUDY", $"StudyInstanceUID={Studies.Doe.Uid}"),
            "127.0.0.1", fixture.Pacs.PortText,
        ]);

        Assert.True(result.Succeeded, MoveResponses(result.AllOutput()));
        var final = FinalMoveResponse(result.AllOutput());
        Assert.True(final.Contains("0x0000: Success", StringComparison.Ordinal) && final.Contains("Completed Suboperations       : 6", StringComparison.Ordinal)
            && final.Contains("Failed Suboperations          : 0", StringComparison.Ordinal), $"movescu's final C-MOVE-RSP should say 6 completed, 0 failed:\n{final}");
        Assert.Equal(Studies.Doe.InstanceUids.Order(StringComparer.Ordinal), await QueryRetrieveSamples.InstanceUidsAsync(storescp.ReceivedFiles()));
        var received = await DicomFile.OpenAsync(storescp.ReceivedFiles()[0]);
        Assert.Equal("DOE^JOHN", received.Dataset.GetString(DicomTags.PatientName));
        var association = await fixture.Pacs.AssociationAsync(a => a.Id > mark && a.CallingAeTitle == "MOVESCU", "movescu's C-MOVE");
        Assert.Equal(0, association.FailedOperationCount);
        Assert.Contains("CMoveRq", association.Operations);
    }

    [SkippableFact]
    public async Task Move_MovescuPatientRootSeriesToStorescp_OnlyThatSeriesArrives()
    {
        var movescu = MoveScu();
        await using var storescp = await StartDestinationAsync();
        var series = Studies.Roe.Series[1];

        var result = await DcmtkNetworkTools.RunAsync(movescu,
        [
            "-v", "-P", "-aet", "MOVESCU", "-aec", PacsUnderTest.AeTitle, "-aem", StoreScpPeer.AeTitle,
            .. Keys("QueryRetrieveLevel=SERIES", $"PatientID={Studies.Roe.PatientId}", $"StudyInstanceUID={Studies.Roe.Uid}", $"SeriesInstanceUID={series.Uid}"),
            "127.0.0.1", fixture.Pacs.PortText,
        ]);

        Assert.True(result.Succeeded, result.Describe());
        Assert.Contains("Received Final Move Response (Success)", result.AllOutput());
        Assert.Equal(series.InstanceUids.Order(StringComparer.Ordinal), await QueryRetrieveSamples.InstanceUidsAsync(storescp.ReceivedFiles()));
    }

    [SkippableFact]
    public async Task Move_MovescuToUnknownDestination_RefusedWithA801AndLoggedWithTheAeTitle()
    {
        var movescu = MoveScu();
        await fixture.StoreWithStorescuAsync(DcmtkNetworkTools.StoreScu());
        var mark = await fixture.Pacs.AssociationLogMarkAsync();

        var result = await DcmtkNetworkTools.RunAsync(movescu,
        [
            "-d", "-S", "-aet", "MOVESCU", "-aec", PacsUnderTest.AeTitle, "-aem", "NOWHERE",
            .. Keys("QueryRetrieveLevel=STUDY", $"StudyInstanceUID={Studies.Doe.Uid}"),
            "127.0.0.1", fixture.Pacs.PortText,
        ]);

        // -d prints the final C-MOVE-RSP in full: its status code and the PACS's Error Comment.
        var output = result.AllOutput();
        Assert.False(result.Succeeded, $"movescu should have failed:\n{result.Describe()}");
        Assert.True(output.Contains("DIMSE Status                  : 0xa801: Refused: Move Destination unknown", StringComparison.Ordinal),
            $"movescu should show status 0xA801 (Refused: Move Destination Unknown):\n{MoveResponses(output)}");
        Assert.True(output.Contains("ErrorComment", StringComparison.Ordinal) && output.Contains("[move destination 'NOWHERE' is not in the AE table]", StringComparison.Ordinal),
            $"movescu should show the PACS's Error Comment naming NOWHERE:\n{MoveResponses(output)}");
        var association = await fixture.Pacs.AssociationAsync(a => a.Id > mark && a.CallingAeTitle == "MOVESCU",
            "movescu's refused C-MOVE");
        Assert.Equal(1, association.FailedOperationCount);
        Assert.Contains("move destination 'NOWHERE' is not in the AE table", association.Operations);
        Assert.Contains("A801", association.Operations, StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public async Task Get_GetscuStudyLevel_FilesArriveInItsOutputFolder()
    {
        var getscu = GetScu();
        await fixture.StoreWithStorescuAsync(DcmtkNetworkTools.StoreScu());
        var output = Directory.CreateDirectory(_directory.File("received")).FullName;
        var mark = await fixture.Pacs.AssociationLogMarkAsync();

        var result = await DcmtkNetworkTools.RunAsync(getscu,
        [
            "-v", "-S", "-aet", "GETSCU", "-aec", PacsUnderTest.AeTitle, "-od", output,
            .. Keys("QueryRetrieveLevel=STUDY", $"StudyInstanceUID={Studies.Roe.Uid}"),
            "127.0.0.1", fixture.Pacs.PortText,
        ]);

        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal(Studies.Roe.InstanceUids.Order(StringComparer.Ordinal), await QueryRetrieveSamples.InstanceUidsAsync(Directory.GetFiles(output)));
        var received = await DicomFile.OpenAsync(Directory.GetFiles(output)[0]);
        Assert.Equal("ROE^JANE", received.Dataset.GetString(DicomTags.PatientName));
        Assert.Equal(PacsStudies.MrImageStorage, received.Dataset.GetString(DicomTags.SOPClassUID));
        var association = await fixture.Pacs.AssociationAsync(a => a.Id > mark && a.CallingAeTitle == "GETSCU", "getscu's C-GET");
        Assert.Equal(0, association.FailedOperationCount);
        Assert.Contains("CGetRq", association.Operations);
    }

    public void Dispose() => _directory.Dispose();

    /// <summary>The C-MOVE-RSP messages movescu <c>-d</c> printed, without its PDU hex dumps.</summary>
    private static string MoveResponses(string output) =>
        string.Join('\n', output.Split('\n').Where(l => !l.StartsWith("D:   ", StringComparison.Ordinal)).SkipWhile(l => !l.Contains("C-MOVE RSP", StringComparison.Ordinal)));

    /// <summary>The last C-MOVE-RSP movescu <c>-d</c> printed: from its BEGIN line to its END line.</summary>
    private static string FinalMoveResponse(string output)
    {
        var lines = output.Split('\n');
        var begin = Array.FindLastIndex(lines, l => l.Contains("Message Type                  : C-MOVE RSP", StringComparison.Ordinal));
        return begin < 0 ? $"(no C-MOVE RSP in movescu's output)\n{MoveResponses(output)}" : string.Join('\n', lines.Skip(begin).TakeWhile(l => !l.Contains("END DIMSE MESSAGE", StringComparison.Ordinal)));
    }

    /// <summary>Fills the PACS with storescu (once per class), starts a storescp and lists it in the PACS AE table as a move destination.</summary>
    private async Task<StoreScpPeer> StartDestinationAsync()
    {
        await fixture.StoreWithStorescuAsync(DcmtkNetworkTools.StoreScu());
        var storescp = await StoreScpPeer.StartAsync();
        try
        {
            await fixture.Pacs.AddMoveDestinationAsync(StoreScpPeer.AeTitle, storescp.Process.Port);
            return storescp;
        }
        catch
        {
            await storescp.DisposeAsync();
            throw;
        }
    }
}
