namespace PacsLab.Department.Ris.Orders;

/// <summary>What kind of request the order book refused, so an API can answer 400, 404 or 409 without parsing text.</summary>
public enum OrderProblem
{
    /// <summary>A field is missing or breaks a DICOM rule.</summary>
    Invalid,

    /// <summary>The accession number is already in the order book.</summary>
    DuplicateAccession,

    /// <summary>No order has that accession number.</summary>
    UnknownAccession,

    /// <summary>The order's status does not allow the change (e.g. a completed order cannot be discontinued).</summary>
    TransitionNotAllowed,
}
