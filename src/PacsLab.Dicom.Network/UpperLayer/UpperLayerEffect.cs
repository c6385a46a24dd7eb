using PacsLab.Dicom.Network.Pdu;
namespace PacsLab.Dicom.Network.UpperLayer;

/// <summary>
/// Something the association engine must do after a state machine step: send a PDU, work the transport or
/// the ARTIM timer, or tell the service user. Effects are values and come in the order the engine applies them.
/// </summary>
public abstract record UpperLayerEffect;

/// <summary>Send a PDU of this kind. For an A-ABORT the source and reason to put in it are given.</summary>
public sealed record SendPdu(PduType Kind, AbortSource? Source = null, AbortReason? Reason = null) : UpperLayerEffect
{
    public static SendPdu Abort(AbortSource source, AbortReason reason) => new(PduType.AAbort, source, reason);
}

/// <summary>TRANSPORT CONNECT request to the peer (AE-1); the engine answers with Evt2 or Evt17.</summary>
public sealed record OpenTransport : UpperLayerEffect;

public sealed record CloseTransport : UpperLayerEffect;

/// <summary>Start the ARTIM timer, or restart it if it is running; the engine answers expiry with Evt18.</summary>
public sealed record StartArtim : UpperLayerEffect;

public sealed record StopArtim : UpperLayerEffect;

/// <summary>A-ASSOCIATE indication: the local user must accept (Evt7) or reject (Evt8) the request.</summary>
public sealed record AssociateIndication : UpperLayerEffect;

/// <summary>A-ASSOCIATE confirmation to the requesting user, accepted (AE-3) or rejected (AE-4).</summary>
public sealed record AssociateConfirmation(bool Accepted) : UpperLayerEffect;

public sealed record PDataIndication : UpperLayerEffect;

/// <summary>A-RELEASE indication; <paramref name="Collision"/> when both sides asked to release (AR-8).</summary>
public sealed record ReleaseIndication(bool Collision = false) : UpperLayerEffect;

public sealed record ReleaseConfirmation : UpperLayerEffect;

/// <summary>A-ABORT indication: the peer's service user aborted.</summary>
public sealed record AbortIndication : UpperLayerEffect;

/// <summary>A-P-ABORT indication: the association was aborted by a service-provider (ours or the peer's).</summary>
public sealed record ProviderAbortIndication(AbortReason Reason) : UpperLayerEffect;
