using System.Net;
using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Tests.Association;

public class AssociationPolicyTests
{
    private const string CtImage = "1.2.840.10008.5.1.4.1.1.2";
    private const string Verification = "1.2.840.10008.1.1";
    private const string ImplicitLE = "1.2.840.10008.1.2";
    private const string ExplicitLE = "1.2.840.10008.1.2.1";
    private const string JpegBaseline = "1.2.840.10008.1.2.4.50";

    private static readonly AssociationPeer Loopback = new(IPAddress.Loopback, 40000);

    private static AssociationPolicy Policy(bool checkCalling = true, bool checkHost = false, bool rejectWhenNone = false) => new()
    {
        AeTitle = "PACSLAB",
        CheckCallingAeTitle = checkCalling,
        CheckPeerHost = checkHost,
        RejectWhenNoContextAccepted = rejectWhenNone,
        KnownPeers = [new KnownPeer("CT_ROOM1", "127.0.0.1"), new KnownPeer("MR_3T", "10.1.2.3")],
        SupportedSyntaxes =
        [
            new SupportedSyntax(Verification, [ImplicitLE, ExplicitLE]),
            new SupportedSyntax(CtImage, [ExplicitLE, ImplicitLE]),
        ],
    };

    private static AAssociateRq Request(string calling = "CT_ROOM1", string called = "PACSLAB", params PresentationContextProposal[] contexts) =>
        new(called, calling, contexts.Length > 0 ? contexts : [new PresentationContextProposal(1, Verification, [ImplicitLE])], new UserInformation());

    private static AAssociateRj Rejected(AssociationDecision decision) => Assert.IsType<AssociationRejected>(decision).Reject;

    [Fact]
    public void Negotiate_KnownCallingAe_Accepts()
    {
        var accepted = Assert.IsType<AssociationAccepted>(Policy().Decide(Request(), Loopback));
        Assert.Equal(PresentationContextResultCode.Acceptance, accepted.Contexts.Single().Result);
    }

    [Fact]
    public void Negotiate_UnknownCallingAe_RejectsWithReason3()
    {
        var decision = Policy().Decide(Request(calling: "CT_DEFAULT"), Loopback);
        var rj = Rejected(decision);
        Assert.Equal((AssociateRejectResult.RejectedPermanent, AssociateRejectSource.ServiceUser, (byte)3), (rj.Result, rj.Source, rj.Reason));
        Assert.Contains("'CT_DEFAULT' is not in the AE table", ((AssociationRejected)decision).Explanation);
    }

    [Fact]
    public void Negotiate_CallingCheckOff_AcceptsUnknownAe() =>
        Assert.IsType<AssociationAccepted>(Policy(checkCalling: false).Decide(Request(calling: "ANYONE"), Loopback));

    [Fact]
    public void Negotiate_WrongCalledAe_RejectsWithReason7()
    {
        var rj = Rejected(Policy().Decide(Request(called: "pacslab"), Loopback));
        Assert.Equal((AssociateRejectSource.ServiceUser, (byte)7), (rj.Source, rj.Reason));
    }

    [Fact]
    public void Negotiate_HostCheck_RejectsKnownAeFromAnotherHost()
    {
        var decision = Policy(checkHost: true).Decide(Request(calling: "MR_3T"), Loopback);
        Assert.Equal(3, Rejected(decision).Reason);
        Assert.Contains("expects it at 10.1.2.3", ((AssociationRejected)decision).Explanation);
        Assert.IsType<AssociationAccepted>(Policy(checkHost: true).Decide(Request(calling: "CT_ROOM1"), Loopback));
        Assert.IsType<AssociationAccepted>(Policy(checkHost: true).Decide(Request(calling: "CT_ROOM1"), new AssociationPeer(IPAddress.Parse("::ffff:127.0.0.1"), 1)));
    }

    [Fact]
    public void Negotiate_UnknownAbstractSyntax_ContextResult3()
    {
        var accepted = Assert.IsType<AssociationAccepted>(Policy().Decide(
            Request(contexts: [new PresentationContextProposal(1, "1.2.840.10008.5.1.4.1.1.4", [ImplicitLE]), new PresentationContextProposal(3, Verification, [ImplicitLE])]), Loopback));
        Assert.Equal(PresentationContextResultCode.AbstractSyntaxNotSupported, accepted.Contexts[0].Result);
        Assert.Equal(PresentationContextResultCode.Acceptance, accepted.Contexts[1].Result);
        Assert.Equal([1, 3], accepted.Contexts.Select(c => (int)c.Id));
    }

    [Fact]
    public void Negotiate_OnlyCompressedSyntaxProposed_ContextResult4()
    {
        var accepted = Assert.IsType<AssociationAccepted>(Policy().Decide(
            Request(contexts: new PresentationContextProposal(1, CtImage, [JpegBaseline])), Loopback));
        Assert.Equal(PresentationContextResultCode.TransferSyntaxesNotSupported, accepted.Contexts.Single().Result);
    }

    [Fact]
    public void Negotiate_SeveralSyntaxes_AcceptorPreferenceWins()
    {
        var accepted = Assert.IsType<AssociationAccepted>(Policy().Decide(
            Request(contexts: new PresentationContextProposal(1, CtImage, [ImplicitLE, ExplicitLE])), Loopback));
        Assert.Equal(ExplicitLE, accepted.Contexts.Single().TransferSyntax);
    }

    [Fact]
    public void Negotiate_NoContextAcceptedAndRejectOptionOn_RejectsWithReason1()
    {
        var rj = Rejected(Policy(rejectWhenNone: true).Decide(Request(contexts: new PresentationContextProposal(1, "1.2.3", [ImplicitLE])), Loopback));
        Assert.Equal((AssociateRejectSource.ServiceUser, (byte)1), (rj.Source, rj.Reason));
    }

    [Fact]
    public void Negotiate_WrongApplicationContext_RejectsWithReason2()
    {
        var rq = Request() with { ApplicationContextName = "1.2.3.4" };
        Assert.Equal(2, Rejected(Policy().Decide(rq, Loopback)).Reason);
    }

    [Fact]
    public void Negotiate_ProtocolVersionWithoutBit0_RejectedByAcse()
    {
        var rj = Rejected(Policy().Decide(Request() with { ProtocolVersion = 2 }, Loopback));
        Assert.Equal((AssociateRejectSource.ServiceProviderAcse, (byte)2), (rj.Source, rj.Reason));
    }

    [Fact]
    public void LocalLimitExceeded_IsTransientFromThePresentationProvider()
    {
        var rj = AssociationRejections.LocalLimitExceeded(10).Reject;
        Assert.Equal((AssociateRejectResult.RejectedTransient, AssociateRejectSource.ServiceProviderPresentation, (byte)2), (rj.Result, rj.Source, rj.Reason));
    }
}
