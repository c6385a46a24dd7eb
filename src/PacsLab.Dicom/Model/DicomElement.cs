namespace PacsLab.Dicom;

/// <summary>
/// A data element with a value held as bytes. Binary values are kept little endian whatever the transfer syntax
/// they were read from (the codec swaps), and text keeps the bytes exactly as encoded, so that the Specific
/// Character Set of the data set can decode them and a round trip writes the same bytes back.
/// Odd-length values are kept as read; the writer pads them.
/// </summary>
public sealed class DicomElement : DicomItem
{
    public DicomElement(DicomTag tag, DicomVR vr, ReadOnlyMemory<byte> value) : base(tag, vr)
    {
        if (vr == DicomVR.SQ) throw new ArgumentException("SQ elements are DicomSequence objects.", nameof(vr));
        Value = value;
    }

    public ReadOnlyMemory<byte> Value { get; }

    public int Length => Value.Length;

    public bool IsEmpty => Value.IsEmpty;
}
