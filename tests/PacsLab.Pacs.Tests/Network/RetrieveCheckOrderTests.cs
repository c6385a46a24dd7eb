using PacsLab.Dicom;
using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Pdu;
using PacsLab.Pacs.Index;
using PacsLab.Pacs.Network;
using PacsLab.Pacs.Tests.Support;

namespace PacsLab.Pacs.Tests.Network;

/// <summary>
/// The order in which a C-MOVE or C-GET is refused when several things are wrong with it: the operation on the
/// wrong model's context (0x0122), then the caller's permission (0x0124), then the identifier (0xA900), and only
/// then, for C-MOVE, the destination (0xA801). Each test gets a request that is wrong in two ways.
/// </summary>
public sealed class RetrieveCheckOrderTests
{
    private const string Nowhere = "NOWHERE";

    private static IReadOnlyList<PresentationContextProposal> Contexts() => RunningPacs.QueryRetrieveAndCtContexts();

    private static Task<RunningPacs> PacsWithStudyAsync() => RunningPacs.StartWithOneStudyAsync();

    private static DicomDataset StudyKeys(string studyUid = "1.2.826.0.1.3680043.10.1.1") => new DicomDataset()
        .AddOrUpdate(PacsTags.QueryRetrieveLevel, DicomVR.CS, "STUDY")
        .AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, studyUid);

    private static Task ForbidRetrieveAsync(RunningPacs pacs) =>
        pacs.Directory.SaveAsync(new RemoteAeRecord { AeTitle = "STORESCU", Host = "127.0.0.1", Port = 11199, MayRetrieve = false }, "admin", CancellationToken.None);

    [Fact]
    public async Task Move_FromAeThatMayNotRetrieve_ToUnknownDestination_IsNotAuthorized()
    {
        await using var pacs = await PacsWithStudyAsync();
        await ForbidRetrieveAsync(pacs);
        await using var client = await DicomClient.ConnectAsync(pacs.Client(), Contexts());

        var final = await client.MoveAsync(PacsSyntaxes.StudyRootMove, Nowhere, StudyKeys());

        Assert.Equal(0x0124, final.Status.Code);
        Assert.Contains("may not retrieve", final.ErrorComment);
    }

    [Fact]
    public async Task Move_WithoutStudyUid_ToUnknownDestination_IsIdentifierDoesNotMatch()
    {
        await using var pacs = await PacsWithStudyAsync();
        await using var client = await DicomClient.ConnectAsync(pacs.Client(), Contexts());

        var final = await client.MoveAsync(PacsSyntaxes.StudyRootMove, Nowhere, StudyKeys(studyUid: ""));

        Assert.Equal(0xA900, final.Status.Code);
        Assert.Contains("Study Instance UID", final.ErrorComment);
    }

    [Fact]
    public async Task Move_PatientLevelOnStudyRoot_ToUnknownDestination_IsIdentifierDoesNotMatch()
    {
        await using var pacs = await PacsWithStudyAsync();
        await using var client = await DicomClient.ConnectAsync(pacs.Client(), Contexts());
        var keys = new DicomDataset().AddOrUpdate(PacsTags.QueryRetrieveLevel, DicomVR.CS, "PATIENT").AddOrUpdate(DicomTags.PatientID, DicomVR.LO, "PID001");

        var final = await client.MoveAsync(PacsSyntaxes.StudyRootMove, Nowhere, keys);

        Assert.Equal(0xA900, final.Status.Code);
    }

    [Fact]
    public async Task Move_SentOnAGetContext_ToUnknownDestination_IsSopClassNotSupported()
    {
        await using var pacs = await PacsWithStudyAsync();
        await using var client = await DicomClient.ConnectAsync(pacs.Client(), Contexts());

        // A C-MOVE-RQ naming the GET model, on the GET model's context: the operation does not belong to that model.
        var final = await client.MoveAsync(PacsSyntaxes.StudyRootGet, Nowhere, StudyKeys());

        Assert.Equal(0x0122, final.Status.Code);
        Assert.StartsWith("CMoveRq was sent on the presentation context", final.ErrorComment);
    }

    [Fact]
    public async Task Move_FromAeThatMayNotRetrieve_WithBadIdentifier_IsNotAuthorized()
    {
        await using var pacs = await PacsWithStudyAsync();
        await ForbidRetrieveAsync(pacs);
        await using var client = await DicomClient.ConnectAsync(pacs.Client(), Contexts());

        var final = await client.MoveAsync(PacsSyntaxes.StudyRootMove, Nowhere, StudyKeys(studyUid: ""));

        Assert.Equal(0x0124, final.Status.Code);
    }

    [Fact]
    public async Task Move_GoodRequest_ToUnknownDestination_IsMoveDestinationUnknown()
    {
        await using var pacs = await PacsWithStudyAsync();
        await using var client = await DicomClient.ConnectAsync(pacs.Client(), Contexts());

        var final = await client.MoveAsync(PacsSyntaxes.StudyRootMove, Nowhere, StudyKeys());

        Assert.Equal(0xA801, final.Status.Code);
        Assert.Contains(Nowhere, final.ErrorComment);
    }

    [Fact]
    public async Task Move_GoodRequestSelectingNothing_ToUnknownDestination_IsStillMoveDestinationUnknown()
    {
        await using var pacs = await PacsWithStudyAsync();
        await using var client = await DicomClient.ConnectAsync(pacs.Client(), Contexts());

        var final = await client.MoveAsync(PacsSyntaxes.StudyRootMove, Nowhere, StudyKeys(studyUid: "1.2.3.4.5.6"));

        Assert.Equal(0xA801, final.Status.Code);
    }

    [Fact]
    public async Task Get_FromAeThatMayNotRetrieve_WithBadIdentifier_IsNotAuthorized()
    {
        await using var pacs = await PacsWithStudyAsync();
        await ForbidRetrieveAsync(pacs);
        await using var client = await DicomClient.ConnectAsync(pacs.Client(), Contexts(),
            roles: [new RoleSelection(TestInstance.CtImageStorage, ScuRole: false, ScpRole: true)]);

        var final = await client.GetAsync(PacsSyntaxes.StudyRootGet, StudyKeys(studyUid: ""), (_, _, _) => Task.FromResult(DimseResult.Success));

        Assert.Equal(0x0124, final.Status.Code);
    }

    [Fact]
    public async Task Get_SentOnAMoveContext_FromAeThatMayNotRetrieve_IsSopClassNotSupported()
    {
        await using var pacs = await PacsWithStudyAsync();
        await ForbidRetrieveAsync(pacs);
        await using var client = await DicomClient.ConnectAsync(pacs.Client(), Contexts());

        var final = await client.GetAsync(PacsSyntaxes.StudyRootMove, StudyKeys(), (_, _, _) => Task.FromResult(DimseResult.Success));

        Assert.Equal(0x0122, final.Status.Code);
    }
}
