using PacsLab.Dicom.Network.Pdu;
namespace PacsLab.Dicom.Network.UpperLayer;

/// <summary>What the conditional actions of PS3.8 section 9.2.2 need to know to pick their branch.</summary>
public sealed record StepContext
{
    public static StepContext Requestor { get; } = new() { IsRequestor = true };

    public static StepContext Acceptor { get; } = new();

    /// <summary>This side requested the association; decides AR-8 (Sta9 if so, otherwise Sta10).</summary>
    public bool IsRequestor { get; init; }

    /// <summary>AE-6: the service-provider finds the received A-ASSOCIATE-RQ acceptable (otherwise it sends an RJ).</summary>
    public bool AssociateRequestAcceptable { get; init; } = true;

    /// <summary>AA-3: source field of the received A-ABORT PDU (user abort vs provider abort).</summary>
    public AbortSource ReceivedAbortSource { get; init; } = AbortSource.ServiceUser;

    /// <summary>AA-3: reason field of the received A-ABORT PDU, passed on in the A-P-ABORT indication.</summary>
    public AbortReason ReceivedAbortReason { get; init; } = AbortReason.NotSpecified;

    /// <summary>Evt19: why the received PDU was unrecognized or invalid; the reason sent by AA-7 and AA-8.</summary>
    public AbortReason InvalidPduReason { get; init; } = AbortReason.UnrecognizedPdu;
}
