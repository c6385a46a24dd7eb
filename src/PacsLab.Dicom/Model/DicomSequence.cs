namespace PacsLab.Dicom;

/// <summary>An SQ element: an ordered list of items, each a data set of its own (PS3.5 7.5).</summary>
public sealed class DicomSequence : DicomItem
{
    private readonly List<DicomDataset> _items = [];

    public DicomSequence(DicomTag tag, params IEnumerable<DicomDataset> items) : base(tag, DicomVR.SQ)
    {
        foreach (var item in items) Add(item);
    }

    public IReadOnlyList<DicomDataset> Items => _items;

    /// <summary>Whether it was read with (or is to be written with) undefined length and a sequence delimiter.</summary>
    public bool HasUndefinedLength { get; set; }

    /// <summary>The data set that holds this sequence; items inherit its Specific Character Set.</summary>
    internal DicomDataset? Owner { get; set; }

    public void Add(DicomDataset item)
    {
        item.Parent = Owner;
        _items.Add(item);
    }

    internal void AttachTo(DicomDataset owner)
    {
        Owner = owner;
        foreach (var item in _items) item.Parent = owner;
    }
}
