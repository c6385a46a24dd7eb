namespace PacsLab.Department.Ris.Orders;

/// <summary>
/// Where an order stands. On the worklist it shows as Scheduled Procedure Step Status (0040,0020): SCHEDULED,
/// STARTED, COMPLETED, DISCONTINUED (PS3.3 C.4.10 defined terms).
/// </summary>
public enum OrderStatus
{
    /// <summary>Placed and waiting for the modality; listed on the worklist.</summary>
    Scheduled,

    /// <summary>The modality reported that acquisition started; still listed, so the modality can resume it.</summary>
    InProgress,

    /// <summary>The modality reported the images done and queued for sending.</summary>
    Completed,

    /// <summary>Cancelled by the department; no longer listed unless a query asks for it.</summary>
    Discontinued,
}
