namespace PacsLab.Dicom.Network.Dimse;

/// <summary>
/// A DIMSE command set: group 0000 elements, always encoded in implicit VR little endian with its group length
/// (PS3.7 6.3.1, 9.3, Annex E). Typed views over the underlying data set; the factories build each request and
/// response with the elements PS3.7 section 9 requires.
/// </summary>
public sealed class DimseCommand
{
    public DimseCommand(DicomDataset dataset) => Dataset = dataset;

    public DicomDataset Dataset { get; }

    public DimseCommandField CommandField
    {
        get => (DimseCommandField)Dataset.GetNumber<ushort>(DimseTags.CommandField);
        set => Dataset.AddOrUpdate(DimseTags.CommandField, DicomVR.US, (ushort)value);
    }

    public bool IsResponse => ((ushort)CommandField & 0x8000) != 0;

    public ushort MessageId
    {
        get => UShort(DimseTags.MessageID);
        set => Dataset.AddOrUpdate(DimseTags.MessageID, DicomVR.US, value);
    }

    public ushort MessageIdBeingRespondedTo
    {
        get => UShort(DimseTags.MessageIDBeingRespondedTo);
        set => Dataset.AddOrUpdate(DimseTags.MessageIDBeingRespondedTo, DicomVR.US, value);
    }

    public string? AffectedSopClassUid
    {
        get => Dataset.GetString(DimseTags.AffectedSOPClassUID);
        set => SetOrRemove(DimseTags.AffectedSOPClassUID, DicomVR.UI, value);
    }

    public string? AffectedSopInstanceUid
    {
        get => Dataset.GetString(DimseTags.AffectedSOPInstanceUID);
        set => SetOrRemove(DimseTags.AffectedSOPInstanceUID, DicomVR.UI, value);
    }

    public string? MoveDestination
    {
        get => Dataset.GetString(DimseTags.MoveDestination);
        set => SetOrRemove(DimseTags.MoveDestination, DicomVR.AE, value);
    }

    public string? MoveOriginatorAeTitle
    {
        get => Dataset.GetString(DimseTags.MoveOriginatorApplicationEntityTitle);
        set => SetOrRemove(DimseTags.MoveOriginatorApplicationEntityTitle, DicomVR.AE, value);
    }

    public ushort? MoveOriginatorMessageId
    {
        get => Dataset.TryGetNumber<ushort>(DimseTags.MoveOriginatorMessageID, out var v) ? v : null;
        set
        {
            if (value is { } v) Dataset.AddOrUpdate(DimseTags.MoveOriginatorMessageID, DicomVR.US, v);
            else Dataset.Remove(DimseTags.MoveOriginatorMessageID);
        }
    }

    public DimsePriority Priority
    {
        get => (DimsePriority)UShort(DimseTags.Priority);
        set => Dataset.AddOrUpdate(DimseTags.Priority, DicomVR.US, (ushort)value);
    }

    public bool HasDataSet
    {
        get => UShort(DimseTags.CommandDataSetType, DimseTags.NoDataSet) != DimseTags.NoDataSet;
        set => Dataset.AddOrUpdate(DimseTags.CommandDataSetType, DicomVR.US, value ? (ushort)0x0000 : DimseTags.NoDataSet);
    }

    public DimseStatus Status
    {
        get => new(UShort(DimseTags.Status));
        set => Dataset.AddOrUpdate(DimseTags.Status, DicomVR.US, value.Code);
    }

    public string? ErrorComment
    {
        get => Dataset.GetString(DimseTags.ErrorComment);
        set => SetOrRemove(DimseTags.ErrorComment, DicomVR.LO, value is { Length: > 64 } ? value[..64] : value);
    }

    public DimseSubOperations? SubOperations
    {
        get => Dataset.Contains(DimseTags.NumberOfCompletedSuboperations) || Dataset.Contains(DimseTags.NumberOfRemainingSuboperations)
            ? new DimseSubOperations(
                Count(DimseTags.NumberOfRemainingSuboperations), Count(DimseTags.NumberOfCompletedSuboperations),
                Count(DimseTags.NumberOfFailedSuboperations), Count(DimseTags.NumberOfWarningSuboperations))
            : null;
        set
        {
            foreach (var (tag, count) in new[]
            {
                (DimseTags.NumberOfRemainingSuboperations, value?.Remaining), (DimseTags.NumberOfCompletedSuboperations, value?.Completed),
                (DimseTags.NumberOfFailedSuboperations, value?.Failed), (DimseTags.NumberOfWarningSuboperations, value?.Warning),
            })
            {
                if (count is { } c) Dataset.AddOrUpdate(tag, DicomVR.US, (ushort)Math.Min(c, ushort.MaxValue));
                else Dataset.Remove(tag);
            }
        }
    }

    public override string ToString() =>
        $"{CommandField} id={(IsResponse ? MessageIdBeingRespondedTo : MessageId)}{(IsResponse ? $" status={Status}" : "")}";

    private ushort UShort(DicomTag tag, ushort fallback = 0) => Dataset.TryGetNumber<ushort>(tag, out var v) ? v : fallback;

    private int? Count(DicomTag tag) => Dataset.TryGetNumber<int>(tag, out var v) ? v : null;

    private void SetOrRemove(DicomTag tag, DicomVR vr, string? value)
    {
        if (value is null) Dataset.Remove(tag);
        else Dataset.AddOrUpdate(tag, vr, value);
    }
}
