namespace PacsLab.Dicom;

/// <summary>
/// Encapsulated pixel data (PS3.5 A.4): a basic offset table item then one or more fragments, kept byte for byte
/// so a compressed image is never altered by reading and writing it.
/// </summary>
public sealed class DicomFragmentSequence : DicomItem
{
    public DicomFragmentSequence(DicomTag tag, DicomVR vr, ReadOnlyMemory<byte> offsetTable, IEnumerable<ReadOnlyMemory<byte>> fragments)
        : base(tag, vr)
    {
        OffsetTable = offsetTable;
        Fragments = fragments.ToList();
    }

    /// <summary>The first item's value: empty, or 32-bit little-endian offsets of each frame's first fragment.</summary>
    public ReadOnlyMemory<byte> OffsetTable { get; }

    public IReadOnlyList<ReadOnlyMemory<byte>> Fragments { get; }

    public long TotalFragmentBytes => Fragments.Sum(f => (long)f.Length);
}
