namespace PacsLab.Dicom;

/// <summary>Encoded sizes, needed up front for defined-length sequences and items and for group lengths (PS3.5 7.2).</summary>
internal static class DicomLengthCalculator
{
    private const int ItemHeader = 8;
    private const int Delimiter = 8;

    /// <summary>Bytes of the whole element: header and value.</summary>
    public static long ElementLength(DicomItem item, DicomEncoding encoding) =>
        encoding.HeaderLength(encoding.WrittenVR(item)) + ValueLength(item, encoding, includeDelimiter: true);

    /// <summary>Bytes after the header; for undefined lengths this includes the delimiter when asked.</summary>
    public static long ValueLength(DicomItem item, DicomEncoding encoding, bool includeDelimiter) => item switch
    {
        DicomElement e => DicomEncoding.PaddedLength(e.Length),
        DicomSequence sq => sq.Items.Sum(i => ItemLength(i, encoding)) + (encoding.UndefinedLength(sq) && includeDelimiter ? Delimiter : 0),
        DicomFragmentSequence f => ItemHeader + DicomEncoding.PaddedLength(f.OffsetTable.Length)
            + f.Fragments.Sum(x => ItemHeader + DicomEncoding.PaddedLength(x.Length)) + (includeDelimiter ? Delimiter : 0),
        _ => throw new ArgumentException($"Unknown item type {item.GetType().Name}.", nameof(item)),
    };

    /// <summary>An item of a sequence: its header, its elements, and its delimiter when of undefined length.</summary>
    public static long ItemLength(DicomDataset item, DicomEncoding encoding) =>
        ItemHeader + DatasetLength(item, encoding) + (encoding.UndefinedLength(item) ? Delimiter : 0);

    public static long DatasetLength(DicomDataset dataset, DicomEncoding encoding) =>
        dataset.Sum(i => ElementLength(i, encoding));

    /// <summary>The value of a group length element (gggg,0000): the bytes of every other element of that group.</summary>
    public static long GroupLength(DicomDataset dataset, ushort group, DicomEncoding encoding) =>
        dataset.Where(i => i.Tag.Group == group && !i.Tag.IsGroupLength).Sum(i => ElementLength(i, encoding));
}
