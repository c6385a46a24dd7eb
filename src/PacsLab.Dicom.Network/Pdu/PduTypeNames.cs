namespace PacsLab.Dicom.Network.Pdu;

/// <summary>PDU types as PS3.8 writes them, for messages a PACS administrator reads.</summary>
public static class PduTypeNames
{
    public static string ToStandardName(this PduType type) => type switch
    {
        PduType.AAssociateRq => "A-ASSOCIATE-RQ",
        PduType.AAssociateAc => "A-ASSOCIATE-AC",
        PduType.AAssociateRj => "A-ASSOCIATE-RJ",
        PduType.PDataTf => "P-DATA-TF",
        PduType.AReleaseRq => "A-RELEASE-RQ",
        PduType.AReleaseRp => "A-RELEASE-RP",
        PduType.AAbort => "A-ABORT",
        _ => $"PDU type {(byte)type:X2}H",
    };

    public static bool IsDefined(this PduType type) => type is >= PduType.AAssociateRq and <= PduType.AAbort;
}
