namespace PacsLab.Dicom.Network.Pdu;

/// <summary>Source field of an A-ASSOCIATE-RJ. PS3.8 Table 9-21.</summary>
public enum AssociateRejectSource : byte
{
    /// <summary>The called application (the DICOM UL service-user).</summary>
    ServiceUser = 1,

    /// <summary>The upper layer, ACSE related function.</summary>
    ServiceProviderAcse = 2,

    /// <summary>The upper layer, presentation related function.</summary>
    ServiceProviderPresentation = 3,
}
