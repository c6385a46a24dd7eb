using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Pdu;
using PacsLab.Dicom.Network.Transport;
using PacsLab.TestKit;

namespace PacsLab.Dicom.Network.Tests.Association;

/// <summary>
/// SCP/SCU role selection as the acceptor answers it (PS3.7 D.3.3.4): one item per SOP class that was proposed with
/// roles and has an accepted presentation context; a role only if it was proposed and the acceptor agrees to it. The
/// acceptor takes the SCU side (the requestor's SCP role) only for storage classes and only when it serves C-GET,
/// and C-GET sends a C-STORE back only where that role was negotiated.
/// </summary>
public class RoleSelectionTests
{
    private const string StudyRootFind = "1.2.840.10008.5.1.4.1.2.2.1";
    private const string StudyRootGet = "1.2.840.10008.5.1.4.1.2.2.3";
    private const string CtImageStorage = "1.2.840.10008.5.1.4.1.1.2";
    private const string MrImageStorage = "1.2.840.10008.5.1.4.1.1.4";
    private const string Verification = "1.2.840.10008.1.1";

    private static DicomClientOptions To(int port) => new() { Host = "127.0.0.1", Port = port, CallingAeTitle = "RAD_WS1", CalledAeTitle = ScpHarness.AeTitle };

    private static IReadOnlyList<PresentationContextProposal> Contexts(params string[] abstractSyntaxes) =>
        DicomClient.Proposals(abstractSyntaxes.Select(uid => (uid, (IReadOnlyList<string>)[DicomTransferSyntax.ExplicitVRLittleEndian.Uid, DicomTransferSyntax.ImplicitVRLittleEndian.Uid])));

    private static async Task<IReadOnlyList<RoleSelection>> AnsweredRolesAsync(int port, IReadOnlyList<PresentationContextProposal> contexts, params RoleSelection[] proposed)
    {
        await using var client = await DicomClient.ConnectAsync(To(port), contexts, roles: proposed);
        var answered = client.Association.Acceptance!.UserInformation.RoleSelections;
        await client.ReleaseAsync();
        return answered;
    }

    [Fact]
    public async Task Accept_ScpRoleForAStorageClass_WhenCGetIsServed_IsAccepted()
    {
        await using var scp = new ScpHarness();

        var roles = await AnsweredRolesAsync(scp.Port, Contexts(StudyRootGet, CtImageStorage), new RoleSelection(CtImageStorage, ScuRole: false, ScpRole: true));

        Assert.Equal(new RoleSelection(CtImageStorage, ScuRole: false, ScpRole: true), Assert.Single(roles));
    }

    [Fact]
    public async Task Accept_RoleForASopClassWithoutAnAcceptedContext_IsNotAnswered()
    {
        await using var scp = new ScpHarness();

        // MR is proposed in a role item only, with no presentation context of its own; 1.2.3.4 has a context the SCP refuses.
        var roles = await AnsweredRolesAsync(scp.Port, Contexts(StudyRootGet, CtImageStorage, "1.2.3.4"),
            new RoleSelection(MrImageStorage, false, true), new RoleSelection(CtImageStorage, false, true), new RoleSelection("1.2.3.4", false, true));

        Assert.Equal([new RoleSelection(CtImageStorage, false, true)], roles);
    }

    [Fact]
    public async Task Accept_ScpRoleForAQueryModel_IsRefusedAndTheScuRoleKept()
    {
        await using var scp = new ScpHarness();

        var roles = await AnsweredRolesAsync(scp.Port, Contexts(StudyRootFind, Verification),
            new RoleSelection(StudyRootFind, ScuRole: true, ScpRole: true), new RoleSelection(Verification, ScuRole: true, ScpRole: true));

        Assert.Equal([new RoleSelection(StudyRootFind, true, false), new RoleSelection(Verification, true, false)], roles);
    }

    [Fact]
    public async Task Accept_RoleNotProposed_IsNeverGranted()
    {
        await using var scp = new ScpHarness();

        var roles = await AnsweredRolesAsync(scp.Port, Contexts(StudyRootGet, CtImageStorage), new RoleSelection(CtImageStorage, ScuRole: false, ScpRole: false));

        Assert.Equal(new RoleSelection(CtImageStorage, false, false), Assert.Single(roles));
    }

    [Fact]
    public async Task Accept_ScpRoleWhenTheServerHasNoCGet_IsRefused()
    {
        var policy = ScpHarness.AcceptAll();
        await using var server = new DicomServer(new DicomServerOptions(), policy, new DimseServiceHandlers());
        server.Start();

        var roles = await AnsweredRolesAsync(server.LocalEndPoint.Port, Contexts(CtImageStorage), new RoleSelection(CtImageStorage, ScuRole: true, ScpRole: true));

        Assert.Equal(new RoleSelection(CtImageStorage, ScuRole: true, ScpRole: false), Assert.Single(roles));
    }

    [Fact]
    public async Task Get_WithoutTheScpRoleForTheClass_SendsNothingAndSaysWhy()
    {
        await using var archive = new ScpHarness();
        await archive.AddAsync(CtFile());
        await using var client = await DicomClient.ConnectAsync(To(archive.Port), Contexts(StudyRootGet, CtImageStorage));
        var stores = 0;

        var final = await client.GetAsync(StudyRootGet, StudyKeys(), (_, _, _) =>
        {
            stores++;
            return Task.FromResult(DimseResult.Success);
        });

        Assert.Equal(0, stores);
        Assert.Equal(0xA702, final.Status.Code);
        Assert.Equal(1, final.SubOperations!.Failed);
        Assert.Contains("SCP role", final.ErrorComment);
        await client.ReleaseAsync();
    }

    [Fact]
    public async Task Get_WithTheScpRoleForTheClass_SendsTheInstance()
    {
        await using var archive = new ScpHarness();
        await archive.AddAsync(CtFile());
        await using var client = await DicomClient.ConnectAsync(To(archive.Port), Contexts(StudyRootGet, CtImageStorage),
            roles: [new RoleSelection(CtImageStorage, ScuRole: false, ScpRole: true)]);
        var stores = 0;

        var final = await client.GetAsync(StudyRootGet, StudyKeys(), (_, _, _) =>
        {
            stores++;
            return Task.FromResult(DimseResult.Success);
        });

        Assert.Equal((0x0000, 1), (final.Status.Code, stores));
        await client.ReleaseAsync();
    }

    private static DicomDataset StudyKeys() => new DicomDataset()
        .AddOrUpdate(new DicomTag(0x0008, 0x0052), DicomVR.CS, "STUDY")
        .AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, "1.2.3.77");

    private static DicomFile CtFile() => DicomFile.Create(new DicomDataset()
        .AddOrUpdate(DicomTags.SOPClassUID, DicomVR.UI, CtImageStorage)
        .AddOrUpdate(DicomTags.SOPInstanceUID, DicomVR.UI, DicomUidGenerator.Generate())
        .AddOrUpdate(DicomTags.PatientID, DicomVR.LO, "ROLE-1")
        .AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, "1.2.3.77")
        .AddOrUpdate(DicomTags.PixelData, DicomVR.OW, new byte[] { 1, 2, 3, 4 }), DicomTransferSyntax.ExplicitVRLittleEndian);
}
