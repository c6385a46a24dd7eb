namespace PacsLab.Dicom.Network.Dimse;

/// <summary>Command elements of group 0000 (PS3.7 Table E.1-1).</summary>
public static class DimseTags
{
    public static readonly DicomTag CommandGroupLength = new(0x0000, 0x0000);
    public static readonly DicomTag AffectedSOPClassUID = new(0x0000, 0x0002);
    public static readonly DicomTag RequestedSOPClassUID = new(0x0000, 0x0003);
    public static readonly DicomTag CommandField = new(0x0000, 0x0100);
    public static readonly DicomTag MessageID = new(0x0000, 0x0110);
    public static readonly DicomTag MessageIDBeingRespondedTo = new(0x0000, 0x0120);
    public static readonly DicomTag MoveDestination = new(0x0000, 0x0600);
    public static readonly DicomTag Priority = new(0x0000, 0x0700);
    public static readonly DicomTag CommandDataSetType = new(0x0000, 0x0800);
    public static readonly DicomTag Status = new(0x0000, 0x0900);
    public static readonly DicomTag OffendingElement = new(0x0000, 0x0901);
    public static readonly DicomTag ErrorComment = new(0x0000, 0x0902);
    public static readonly DicomTag ErrorID = new(0x0000, 0x0903);
    public static readonly DicomTag AffectedSOPInstanceUID = new(0x0000, 0x1000);
    public static readonly DicomTag RequestedSOPInstanceUID = new(0x0000, 0x1001);
    public static readonly DicomTag NumberOfRemainingSuboperations = new(0x0000, 0x1020);
    public static readonly DicomTag NumberOfCompletedSuboperations = new(0x0000, 0x1021);
    public static readonly DicomTag NumberOfFailedSuboperations = new(0x0000, 0x1022);
    public static readonly DicomTag NumberOfWarningSuboperations = new(0x0000, 0x1023);
    public static readonly DicomTag MoveOriginatorApplicationEntityTitle = new(0x0000, 0x1030);
    public static readonly DicomTag MoveOriginatorMessageID = new(0x0000, 0x1031);

    /// <summary>(0000,0800) value meaning "no data set follows"; any other value means one does (PS3.7 E.1).</summary>
    public const ushort NoDataSet = 0x0101;
}
