namespace PacsLab.Dicom.Network.Dimse;

/// <summary>Builds the request and response command sets of PS3.7 section 9.3 with their required elements.</summary>
public static class DimseCommands
{
    public const string VerificationSopClassUid = "1.2.840.10008.1.1";

    public static DimseCommand EchoRequest(ushort messageId) =>
        Request(DimseCommandField.CEchoRq, messageId, VerificationSopClassUid, hasDataSet: false);

    public static DimseCommand StoreRequest(ushort messageId, string sopClassUid, string sopInstanceUid,
        DimsePriority priority = DimsePriority.Medium, string? moveOriginatorAeTitle = null, ushort? moveOriginatorMessageId = null)
    {
        var command = Request(DimseCommandField.CStoreRq, messageId, sopClassUid, hasDataSet: true);
        command.Priority = priority;
        command.AffectedSopInstanceUid = sopInstanceUid;
        if (moveOriginatorAeTitle is not null)
        {
            command.MoveOriginatorAeTitle = moveOriginatorAeTitle;
            command.MoveOriginatorMessageId = moveOriginatorMessageId;
        }
        return command;
    }

    public static DimseCommand FindRequest(ushort messageId, string sopClassUid, DimsePriority priority = DimsePriority.Medium)
    {
        var command = Request(DimseCommandField.CFindRq, messageId, sopClassUid, hasDataSet: true);
        command.Priority = priority;
        return command;
    }

    public static DimseCommand MoveRequest(ushort messageId, string sopClassUid, string destination, DimsePriority priority = DimsePriority.Medium)
    {
        var command = Request(DimseCommandField.CMoveRq, messageId, sopClassUid, hasDataSet: true);
        command.Priority = priority;
        command.MoveDestination = destination;
        return command;
    }

    public static DimseCommand GetRequest(ushort messageId, string sopClassUid, DimsePriority priority = DimsePriority.Medium)
    {
        var command = Request(DimseCommandField.CGetRq, messageId, sopClassUid, hasDataSet: true);
        command.Priority = priority;
        return command;
    }

    /// <summary>C-CANCEL-RQ (PS3.7 9.3.2.3): names the message being cancelled, carries no SOP class.</summary>
    public static DimseCommand CancelRequest(ushort messageIdBeingCancelled)
    {
        var command = new DimseCommand(NewCommandSet()) { CommandField = DimseCommandField.CCancelRq, HasDataSet = false };
        command.MessageIdBeingRespondedTo = messageIdBeingCancelled;
        return command;
    }

    /// <summary>The response to <paramref name="request"/>: same SOP class (and instance for C-STORE), bit 15 set.</summary>
    public static DimseCommand Response(DimseCommand request, DimseStatus status, bool hasDataSet = false, string? errorComment = null)
    {
        var response = new DimseCommand(NewCommandSet())
        {
            CommandField = (DimseCommandField)((ushort)request.CommandField | 0x8000),
            HasDataSet = hasDataSet,
            Status = status,
        };
        response.MessageIdBeingRespondedTo = request.MessageId;
        if (request.AffectedSopClassUid is { } sopClass) response.AffectedSopClassUid = sopClass;
        if (request.CommandField == DimseCommandField.CStoreRq) response.AffectedSopInstanceUid = request.AffectedSopInstanceUid;
        if (errorComment is not null && status.Category is DimseStatusCategory.Failure or DimseStatusCategory.Warning)
            response.ErrorComment = errorComment;
        return response;
    }

    private static DimseCommand Request(DimseCommandField field, ushort messageId, string sopClassUid, bool hasDataSet)
    {
        var command = new DimseCommand(NewCommandSet()) { CommandField = field, HasDataSet = hasDataSet };
        command.MessageId = messageId;
        command.AffectedSopClassUid = sopClassUid;
        return command;
    }

    /// <summary>A command set with its group length element; the writer fills in the value (PS3.7 E.1).</summary>
    private static DicomDataset NewCommandSet() =>
        new DicomDataset().AddOrUpdate(DicomBinary.FromValues(DimseTags.CommandGroupLength, DicomVR.UL, [0u]));
}
