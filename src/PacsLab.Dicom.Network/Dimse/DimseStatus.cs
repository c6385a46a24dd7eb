namespace PacsLab.Dicom.Network.Dimse;

/// <summary>
/// A DIMSE status (0000,0900) with its class and meaning (PS3.7 Annex C; PS3.4 Annexes B and C).
/// Meanings depend on the operation for a few codes, so <see cref="Describe"/> takes the command.
/// </summary>
public readonly record struct DimseStatus(ushort Code)
{
    public static readonly DimseStatus Success = new(0x0000);
    public static readonly DimseStatus Pending = new(0xFF00);
    public static readonly DimseStatus PendingWithWarnings = new(0xFF01);
    public static readonly DimseStatus Cancel = new(0xFE00);
    public static readonly DimseStatus SopClassNotSupported = new(0x0122);
    public static readonly DimseStatus NotAuthorized = new(0x0124);
    public static readonly DimseStatus DuplicateInvocation = new(0x0210);
    public static readonly DimseStatus UnrecognizedOperation = new(0x0211);
    public static readonly DimseStatus MistypedArgument = new(0x0212);
    public static readonly DimseStatus OutOfResources = new(0xA700);
    public static readonly DimseStatus OutOfResourcesCannotCalculateMatches = new(0xA701);
    public static readonly DimseStatus OutOfResourcesCannotPerformSuboperations = new(0xA702);
    public static readonly DimseStatus MoveDestinationUnknown = new(0xA801);
    public static readonly DimseStatus DataSetDoesNotMatchSopClass = new(0xA900);
    public static readonly DimseStatus CannotUnderstand = new(0xC000);
    public static readonly DimseStatus CoercionOfDataElements = new(0xB000);
    public static readonly DimseStatus ElementsDiscarded = new(0xB006);
    public static readonly DimseStatus DataSetDoesNotMatchSopClassWarning = new(0xB007);
    public static readonly DimseStatus SubOperationsCompleteWithFailures = new(0xB000);

    public DimseStatusCategory Category => Code switch
    {
        0x0000 => DimseStatusCategory.Success,
        0xFF00 or 0xFF01 => DimseStatusCategory.Pending,
        0xFE00 => DimseStatusCategory.Cancel,
        0x0001 or 0x0107 or 0x0116 or (>= 0xB000 and <= 0xBFFF) => DimseStatusCategory.Warning,
        _ => DimseStatusCategory.Failure,
    };

    public bool IsSuccess => Category == DimseStatusCategory.Success;
    public bool IsPending => Category == DimseStatusCategory.Pending;
    public bool IsFailure => Category == DimseStatusCategory.Failure;

    /// <summary>What the status means for this operation, in words a PACS administrator uses.</summary>
    public string Describe(DimseCommandField? operation = null)
    {
        var store = operation is DimseCommandField.CStoreRq or DimseCommandField.CStoreRsp;
        var retrieve = operation is DimseCommandField.CMoveRq or DimseCommandField.CMoveRsp or DimseCommandField.CGetRq or DimseCommandField.CGetRsp;
        return Code switch
        {
            0x0000 => "success",
            0xFF00 => retrieve ? "pending: sub-operations are continuing" : "pending: a match follows",
            0xFF01 => "pending: a match follows, but some optional keys were not supported",
            0xFE00 => "cancelled at the requester's request",
            0x0001 => "warning: requested optional attributes are not supported",
            0x0107 => "warning: attribute list error",
            0x0116 => "warning: attribute value out of range",
            0x0110 => "failure: processing failure",
            0x0117 => "failure: invalid object instance",
            0x0118 => "failure: no such SOP class",
            0x0122 => "refused: SOP class not supported",
            0x0124 => "refused: not authorized",
            0x0210 => "failure: duplicate invocation (message ID already in use)",
            0x0211 => "failure: unrecognized operation",
            0x0212 => "failure: mistyped argument",
            0x0213 => "failure: resource limitation",
            0xA701 => "refused: out of resources, unable to calculate the number of matches",
            0xA702 => "refused: out of resources, unable to perform sub-operations",
            >= 0xA700 and <= 0xA7FF => store ? "refused: out of resources (the receiver has no room to store it)" : "refused: out of resources",
            0xA801 => "refused: move destination unknown (the AE title is not in the PACS's list of destinations)",
            >= 0xA900 and <= 0xA9FF => store ? "error: data set does not match SOP class" : "error: identifier does not match SOP class",
            0xB000 => retrieve ? "warning: sub-operations complete, one or more failures or warnings" : "warning: coercion of data elements",
            0xB006 => "warning: elements discarded",
            0xB007 => "warning: data set does not match SOP class",
            >= 0xC000 and <= 0xCFFF => store ? "error: cannot understand the data set" : "failed: unable to process",
            _ => $"{Category.ToString().ToLowerInvariant()} status",
        };
    }

    public override string ToString() => $"0x{Code:X4}";
}
