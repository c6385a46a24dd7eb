namespace PacsLab.Dicom.Network.Pdu;

/// <summary>Result field of an A-ASSOCIATE-RJ. PS3.8 Table 9-21.</summary>
public enum AssociateRejectResult : byte
{
    RejectedPermanent = 1,
    RejectedTransient = 2,
}
