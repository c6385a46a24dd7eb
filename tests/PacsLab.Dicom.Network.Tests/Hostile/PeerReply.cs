using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Tests.Hostile;

/// <summary>What the server did next, as a raw peer sees it: sent a PDU, closed (FIN or RST), or stayed silent.</summary>
internal sealed record PeerReply(ProtocolDataUnit? Pdu, bool Closed, TimeSpan Elapsed)
{
    public bool Silent => Pdu is null && !Closed;

    public override string ToString() =>
        Pdu is not null ? $"{Pdu} after {Elapsed.TotalMilliseconds:F0} ms"
        : Closed ? $"connection closed after {Elapsed.TotalMilliseconds:F0} ms"
        : $"nothing within {Elapsed.TotalMilliseconds:F0} ms";
}
