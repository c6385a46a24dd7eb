namespace PacsLab.Dicom.Network.Pdu;

/// <summary>Source field of an A-ABORT. PS3.8 Table 9-26.</summary>
public enum AbortSource : byte
{
    /// <summary>The peer application (A-ABORT service primitive).</summary>
    ServiceUser = 0,

    Reserved = 1,

    /// <summary>The peer's upper layer (A-P-ABORT), with a reason.</summary>
    ServiceProvider = 2,
}
