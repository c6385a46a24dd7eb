using PacsLab.Dicom.Network.Pdu;
using PacsLab.Dicom.Network.UpperLayer;
using static PacsLab.Dicom.Network.UpperLayer.AssociationState;
using static PacsLab.Dicom.Network.UpperLayer.UpperLayerEvent;

namespace PacsLab.Dicom.Network.Tests.UpperLayer;

public class UpperLayerStateMachineTests
{
    private static StepResult StepFrom(AssociationState state, UpperLayerEvent evt, StepContext? context = null) =>
        new UpperLayerStateMachine(state).Step(evt, context ?? StepContext.Acceptor);

    private static void AssertStep(
        UpperLayerStateMachine machine, UpperLayerEvent evt, StepContext context,
        UpperLayerAction action, AssociationState next, params UpperLayerEffect[] effects)
    {
        var result = machine.Step(evt, context);
        Assert.Equal(action, result.Action);
        Assert.Equal(next, result.Next);
        Assert.Equal(effects, result.Effects);
        Assert.Equal(next, machine.State);
    }

    [Fact]
    public void NewMachine_StartsIdle()
    {
        Assert.Equal(Sta1, new UpperLayerStateMachine().State);
    }

    [Fact]
    public void Step_RequestorHappyPath_ConnectsTransfersAndReleases()
    {
        var m = new UpperLayerStateMachine();
        var ctx = StepContext.Requestor;
        AssertStep(m, AssociateRequest, ctx, UpperLayerAction.AE1, Sta4, new OpenTransport());
        AssertStep(m, TransportConnectConfirmation, ctx, UpperLayerAction.AE2, Sta5, new SendPdu(PduType.AAssociateRq));
        AssertStep(m, AssociateAcReceived, ctx, UpperLayerAction.AE3, Sta6, new AssociateConfirmation(true));
        AssertStep(m, PDataRequest, ctx, UpperLayerAction.DT1, Sta6, new SendPdu(PduType.PDataTf));
        AssertStep(m, PDataTfReceived, ctx, UpperLayerAction.DT2, Sta6, new PDataIndication());
        AssertStep(m, ReleaseRequest, ctx, UpperLayerAction.AR1, Sta7, new SendPdu(PduType.AReleaseRq));
        AssertStep(m, PDataTfReceived, ctx, UpperLayerAction.AR6, Sta7, new PDataIndication());
        AssertStep(m, ReleaseRpReceived, ctx, UpperLayerAction.AR3, Sta1, new ReleaseConfirmation(), new CloseTransport());
    }

    [Fact]
    public void Step_AcceptorHappyPath_AcceptsAndReleasesThenWaitsForClose()
    {
        var m = new UpperLayerStateMachine();
        var ctx = StepContext.Acceptor;
        AssertStep(m, TransportConnectIndication, ctx, UpperLayerAction.AE5, Sta2, new StartArtim());
        AssertStep(m, AssociateRqReceived, ctx, UpperLayerAction.AE6, Sta3, new StopArtim(), new AssociateIndication());
        AssertStep(m, AssociateResponseAccept, ctx, UpperLayerAction.AE7, Sta6, new SendPdu(PduType.AAssociateAc));
        AssertStep(m, ReleaseRqReceived, ctx, UpperLayerAction.AR2, Sta8, new ReleaseIndication());
        AssertStep(m, PDataRequest, ctx, UpperLayerAction.AR7, Sta8, new SendPdu(PduType.PDataTf));
        AssertStep(m, ReleaseResponse, ctx, UpperLayerAction.AR4, Sta13, new SendPdu(PduType.AReleaseRp), new StartArtim());
        AssertStep(m, TransportClosed, ctx, UpperLayerAction.AR5, Sta1, new StopArtim());
    }

    [Fact]
    public void Step_Sta2AcceptableAssociateRq_StopsArtimAndIndicatesToUser()
    {
        var result = StepFrom(Sta2, AssociateRqReceived, new StepContext { AssociateRequestAcceptable = true });
        Assert.Equal(UpperLayerAction.AE6, result.Action);
        Assert.Equal(Sta3, result.Next);
        Assert.Equal([new StopArtim(), new AssociateIndication()], result.Effects);
    }

    [Fact]
    public void Step_Sta2UnacceptableAssociateRq_SendsRjStartsArtimAndGoesToSta13()
    {
        var result = StepFrom(Sta2, AssociateRqReceived, new StepContext { AssociateRequestAcceptable = false });
        Assert.Equal(UpperLayerAction.AE6, result.Action);
        Assert.Equal(Sta13, result.Next);
        Assert.Equal([new StopArtim(), new SendPdu(PduType.AAssociateRj), new StartArtim()], result.Effects);
    }

    [Fact]
    public void Step_Sta3UserRejects_SendsRjAndStartsArtim()
    {
        var result = StepFrom(Sta3, AssociateResponseReject);
        Assert.Equal(UpperLayerAction.AE8, result.Action);
        Assert.Equal(Sta13, result.Next);
        Assert.Equal([new SendPdu(PduType.AAssociateRj), new StartArtim()], result.Effects);
    }

    [Fact]
    public void Step_Sta5AssociateRjReceived_ConfirmsRejectAndCloses()
    {
        var result = StepFrom(Sta5, AssociateRjReceived, StepContext.Requestor);
        Assert.Equal(UpperLayerAction.AE4, result.Action);
        Assert.Equal(Sta1, result.Next);
        Assert.Equal([new AssociateConfirmation(false), new CloseTransport()], result.Effects);
    }

    [Fact]
    public void Step_Sta7ReleaseRqReceivedAsRequestor_GoesToSta9()
    {
        var result = StepFrom(Sta7, ReleaseRqReceived, StepContext.Requestor);
        Assert.Equal(UpperLayerAction.AR8, result.Action);
        Assert.Equal(Sta9, result.Next);
        Assert.Equal([new ReleaseIndication(Collision: true)], result.Effects);
    }

    [Fact]
    public void Step_Sta7ReleaseRqReceivedAsAcceptor_GoesToSta10()
    {
        var result = StepFrom(Sta7, ReleaseRqReceived, StepContext.Acceptor);
        Assert.Equal(UpperLayerAction.AR8, result.Action);
        Assert.Equal(Sta10, result.Next);
    }

    [Fact]
    public void Step_ReleaseCollisionAsRequestor_AnswersThenAwaitsReleaseRpThenCloses()
    {
        var m = new UpperLayerStateMachine(Sta6);
        var ctx = StepContext.Requestor;
        AssertStep(m, ReleaseRequest, ctx, UpperLayerAction.AR1, Sta7, new SendPdu(PduType.AReleaseRq));
        AssertStep(m, ReleaseRqReceived, ctx, UpperLayerAction.AR8, Sta9, new ReleaseIndication(Collision: true));
        AssertStep(m, ReleaseResponse, ctx, UpperLayerAction.AR9, Sta11, new SendPdu(PduType.AReleaseRp));
        AssertStep(m, ReleaseRpReceived, ctx, UpperLayerAction.AR3, Sta1, new ReleaseConfirmation(), new CloseTransport());
    }

    [Fact]
    public void Step_ReleaseCollisionAsAcceptor_AwaitsReleaseRpThenAnswersAndWaitsForClose()
    {
        var m = new UpperLayerStateMachine(Sta6);
        var ctx = StepContext.Acceptor;
        AssertStep(m, ReleaseRequest, ctx, UpperLayerAction.AR1, Sta7, new SendPdu(PduType.AReleaseRq));
        AssertStep(m, ReleaseRqReceived, ctx, UpperLayerAction.AR8, Sta10, new ReleaseIndication(Collision: true));
        AssertStep(m, ReleaseRpReceived, ctx, UpperLayerAction.AR10, Sta12, new ReleaseConfirmation());
        AssertStep(m, ReleaseResponse, ctx, UpperLayerAction.AR4, Sta13, new SendPdu(PduType.AReleaseRp), new StartArtim());
        AssertStep(m, TransportClosed, ctx, UpperLayerAction.AR5, Sta1, new StopArtim());
    }

    [Theory]
    [InlineData(Sta2)]
    [InlineData(Sta13)]
    public void Step_ArtimExpired_ClosesTransportAndGoesToSta1(AssociationState state)
    {
        var result = StepFrom(state, ArtimExpired);
        Assert.Equal(UpperLayerAction.AA2, result.Action);
        Assert.Equal(Sta1, result.Next);
        Assert.Equal([new StopArtim(), new CloseTransport()], result.Effects);
    }

    [Fact]
    public void Step_Sta6InvalidPdu_SendsProviderAbortIndicatesAndGoesToSta13()
    {
        var ctx = new StepContext { InvalidPduReason = AbortReason.InvalidPduParameterValue };
        var result = StepFrom(Sta6, InvalidPduReceived, ctx);
        Assert.Equal(UpperLayerAction.AA8, result.Action);
        Assert.Equal(Sta13, result.Next);
        Assert.Equal(
            [
                SendPdu.Abort(AbortSource.ServiceProvider, AbortReason.InvalidPduParameterValue),
                new ProviderAbortIndication(AbortReason.InvalidPduParameterValue),
                new StartArtim(),
            ],
            result.Effects);
    }

    [Fact]
    public void Step_Sta6UnexpectedAssociateAc_AbortsWithUnexpectedPduReason()
    {
        var result = StepFrom(Sta6, AssociateAcReceived);
        Assert.Equal(UpperLayerAction.AA8, result.Action);
        Assert.Contains(SendPdu.Abort(AbortSource.ServiceProvider, AbortReason.UnexpectedPdu), result.Effects);
        Assert.Contains(new ProviderAbortIndication(AbortReason.UnexpectedPdu), result.Effects);
    }

    [Fact]
    public void Step_Sta2UnexpectedPData_SendsProviderAbortUnexpectedPduAndStartsArtim()
    {
        var result = StepFrom(Sta2, PDataTfReceived);
        Assert.Equal(UpperLayerAction.AA1, result.Action);
        Assert.Equal(Sta13, result.Next);
        Assert.Equal([SendPdu.Abort(AbortSource.ServiceProvider, AbortReason.UnexpectedPdu), new StartArtim()], result.Effects);
    }

    [Fact]
    public void Step_Sta6UserAborts_SendsUserSourceAbortAndStartsArtim()
    {
        var result = StepFrom(Sta6, AbortRequest);
        Assert.Equal(UpperLayerAction.AA1, result.Action);
        Assert.Equal(Sta13, result.Next);
        Assert.Equal([SendPdu.Abort(AbortSource.ServiceUser, AbortReason.NotSpecified), new StartArtim()], result.Effects);
    }

    [Fact]
    public void Step_Sta4UserAborts_ClosesTransportWithoutSendingAnything()
    {
        var result = StepFrom(Sta4, AbortRequest, StepContext.Requestor);
        Assert.Equal(UpperLayerAction.AA2, result.Action);
        Assert.Equal(Sta1, result.Next);
        Assert.Equal([new StopArtim(), new CloseTransport()], result.Effects);
    }

    [Fact]
    public void Step_Sta6UserAbortReceived_IssuesAbortIndicationAndCloses()
    {
        var ctx = new StepContext { ReceivedAbortSource = AbortSource.ServiceUser };
        var result = StepFrom(Sta6, AbortReceived, ctx);
        Assert.Equal(UpperLayerAction.AA3, result.Action);
        Assert.Equal(Sta1, result.Next);
        Assert.Equal([new AbortIndication(), new CloseTransport()], result.Effects);
    }

    [Fact]
    public void Step_Sta6ProviderAbortReceived_IssuesProviderAbortIndicationWithItsReason()
    {
        var ctx = new StepContext
        {
            ReceivedAbortSource = AbortSource.ServiceProvider,
            ReceivedAbortReason = AbortReason.UnexpectedPdu,
        };
        var result = StepFrom(Sta6, AbortReceived, ctx);
        Assert.Equal(UpperLayerAction.AA3, result.Action);
        Assert.Equal([new ProviderAbortIndication(AbortReason.UnexpectedPdu), new CloseTransport()], result.Effects);
    }

    [Fact]
    public void Step_Sta2AbortReceived_ClosesWithoutIndication()
    {
        var result = StepFrom(Sta2, AbortReceived);
        Assert.Equal(UpperLayerAction.AA2, result.Action);
        Assert.Equal([new StopArtim(), new CloseTransport()], result.Effects);
    }

    [Theory]
    [InlineData(Sta4)]
    [InlineData(Sta6)]
    [InlineData(Sta12)]
    public void Step_TransportClosedDuringAssociation_IssuesProviderAbortIndication(AssociationState state)
    {
        var result = StepFrom(state, TransportClosed);
        Assert.Equal(UpperLayerAction.AA4, result.Action);
        Assert.Equal(Sta1, result.Next);
        Assert.Equal([new ProviderAbortIndication(AbortReason.NotSpecified)], result.Effects);
    }

    [Fact]
    public void Step_Sta2TransportClosed_OnlyStopsArtim()
    {
        var result = StepFrom(Sta2, TransportClosed);
        Assert.Equal(UpperLayerAction.AA5, result.Action);
        Assert.Equal([new StopArtim()], result.Effects);
    }

    [Fact]
    public void Step_Sta13PduReceived_IsIgnored()
    {
        var result = StepFrom(Sta13, PDataTfReceived);
        Assert.Equal(UpperLayerAction.AA6, result.Action);
        Assert.Equal(Sta13, result.Next);
        Assert.Empty(result.Effects);
    }

    [Fact]
    public void Step_Sta13AssociateRq_SendsProviderAbortWithoutIndication()
    {
        var result = StepFrom(Sta13, AssociateRqReceived);
        Assert.Equal(UpperLayerAction.AA7, result.Action);
        Assert.Equal(Sta13, result.Next);
        Assert.Equal([SendPdu.Abort(AbortSource.ServiceProvider, AbortReason.UnexpectedPdu)], result.Effects);
    }

    [Fact]
    public void Step_Sta13InvalidPdu_SendsProviderAbortWithTheDiagnosis()
    {
        var result = StepFrom(Sta13, InvalidPduReceived, new StepContext { InvalidPduReason = AbortReason.UnrecognizedPdu });
        Assert.Equal(UpperLayerAction.AA7, result.Action);
        Assert.Equal([SendPdu.Abort(AbortSource.ServiceProvider, AbortReason.UnrecognizedPdu)], result.Effects);
    }

    [Fact]
    public void Step_Sta6AssociateResponse_IsUndefinedAndAbortsAsProvider()
    {
        var m = new UpperLayerStateMachine(Sta6);
        var result = m.Step(AssociateResponseAccept, StepContext.Acceptor);
        Assert.True(result.IsUndefinedTransition);
        Assert.Equal(UpperLayerAction.AA8, result.Action);
        Assert.Equal(Sta13, m.State);
        Assert.Equal(SendPdu.Abort(AbortSource.ServiceProvider, AbortReason.NotSpecified), result.Effects[0]);
    }

    [Fact]
    public void Step_Sta1PDataRequest_IsUndefinedAndStaysIdle()
    {
        var m = new UpperLayerStateMachine();
        var result = m.Step(PDataRequest, StepContext.Requestor);
        Assert.True(result.IsUndefinedTransition);
        Assert.Equal(UpperLayerAction.AA5, result.Action);
        Assert.Equal(Sta1, m.State);
        Assert.Equal([new StopArtim()], result.Effects);
    }

    [Fact]
    public void Step_UnknownEventValue_IsHandledAsProtocolErrorWithoutThrowing()
    {
        var result = StepFrom(Sta6, (UpperLayerEvent)99);
        Assert.True(result.IsUndefinedTransition);
        Assert.Equal(UpperLayerAction.AA8, result.Action);
        Assert.Equal(Sta13, result.Next);
    }

    [Fact]
    public void StepResult_ToString_ReadsLikeTheStandard()
    {
        var result = StepFrom(Sta10, ReleaseRpReceived);
        Assert.Equal("Sta10 + Evt13 -> AR-10 -> Sta12", result.ToString());
    }

    [Theory]
    [InlineData(UpperLayerAction.AE1, "AE-1")]
    [InlineData(UpperLayerAction.DT2, "DT-2")]
    [InlineData(UpperLayerAction.AR10, "AR-10")]
    [InlineData(UpperLayerAction.AA8, "AA-8")]
    public void ToStandardName_Action_UsesTheStandardSpelling(UpperLayerAction action, string expected)
    {
        Assert.Equal(expected, action.ToStandardName());
    }

    [Theory]
    [InlineData(PduType.AAssociateRq, AssociateRqReceived)]
    [InlineData(PduType.AAssociateAc, AssociateAcReceived)]
    [InlineData(PduType.AAssociateRj, AssociateRjReceived)]
    [InlineData(PduType.PDataTf, PDataTfReceived)]
    [InlineData(PduType.AReleaseRq, ReleaseRqReceived)]
    [InlineData(PduType.AReleaseRp, ReleaseRpReceived)]
    [InlineData(PduType.AAbort, AbortReceived)]
    [InlineData((PduType)0x55, InvalidPduReceived)]
    public void PduReceivedEvent_For_MapsEachPduTypeToItsEvent(PduType kind, UpperLayerEvent expected)
    {
        Assert.Equal(expected, PduReceivedEvent.For(kind));
    }
}
