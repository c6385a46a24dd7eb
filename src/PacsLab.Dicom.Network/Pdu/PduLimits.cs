namespace PacsLab.Dicom.Network.Pdu;

/// <summary>How large a PDU the decoder accepts, checked from the 6-byte header before the body is read.</summary>
public sealed record PduLimits
{
    public static PduLimits Default { get; } = new();

    /// <summary>Cap on A-ASSOCIATE-RQ and -AC PDU lengths. Real ones are a few kilobytes (DCMTK's getscu, 121 contexts: 17 KB).</summary>
    public uint MaxAssociatePduLength { get; init; } = 1024 * 1024;

    /// <summary>The maximum length we advertised in our maximum length sub-item (PS3.7 D.3.3.1); 0 means unlimited.</summary>
    public uint MaxPDataLength { get; init; }
}
