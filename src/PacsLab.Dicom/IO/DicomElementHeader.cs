namespace PacsLab.Dicom;

/// <summary>A parsed element header: tag, VR (null for items and delimiters in any syntax, and in implicit VR), length.</summary>
internal readonly record struct DicomElementHeader(DicomTag Tag, DicomVR? VR, uint Length, long Offset)
{
    public const uint UndefinedLength = 0xFFFFFFFF;

    public bool HasUndefinedLength => Length == UndefinedLength;
}
