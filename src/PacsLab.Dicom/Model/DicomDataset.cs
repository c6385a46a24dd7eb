using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace PacsLab.Dicom;

/// <summary>
/// A data set: items kept in ascending tag order (PS3.5 7.1). Sequence items are data sets too; they know their
/// parent so that text inherits the Specific Character Set in force where the sequence sits (PS3.5 7.5.3).
/// Typed access lives in the other parts of this class.
/// </summary>
public sealed partial class DicomDataset : IEnumerable<DicomItem>
{
    private readonly List<DicomItem> _items = [];
    private DicomCharacterSet? _characterSet;

    public DicomDataset() { }

    public DicomDataset(IEnumerable<DicomItem> items)
    {
        foreach (var item in items) AddOrUpdate(item);
    }

    public int Count => _items.Count;

    /// <summary>The data set holding the sequence this item belongs to; null at the top level.</summary>
    public DicomDataset? Parent { get; internal set; }

    /// <summary>For a sequence item: whether it was read with (or is to be written with) undefined length.</summary>
    public bool HasUndefinedLength { get; set; }

    public DicomItem? this[DicomTag tag] => TryGet(tag, out var item) ? item : null;

    public bool Contains(DicomTag tag) => IndexOf(tag) >= 0;

    public bool TryGet(DicomTag tag, [NotNullWhen(true)] out DicomItem? item)
    {
        var index = IndexOf(tag);
        item = index >= 0 ? _items[index] : null;
        return item is not null;
    }

    public bool TryGet<T>(DicomTag tag, [NotNullWhen(true)] out T? item) where T : DicomItem
    {
        item = this[tag] as T;
        return item is not null;
    }

    /// <summary>Adds the item; fails if the tag is present already.</summary>
    public DicomDataset Add(DicomItem item)
    {
        var index = IndexOf(item.Tag);
        if (index >= 0) throw new ArgumentException($"The data set already holds {item.Tag}.", nameof(item));
        Insert(~index, item);
        return this;
    }

    public DicomDataset AddOrUpdate(DicomItem item)
    {
        var index = IndexOf(item.Tag);
        if (index >= 0)
        {
            _items[index] = item;
            Attach(item);
        }
        else Insert(~index, item);
        return this;
    }

    public bool Remove(DicomTag tag)
    {
        var index = IndexOf(tag);
        if (index < 0) return false;
        _items.RemoveAt(index);
        if (tag == DicomTags.SpecificCharacterSet) _characterSet = null;
        return true;
    }

    /// <summary>Removes every item matching the predicate, e.g. the group length elements before writing.</summary>
    public int RemoveWhere(Func<DicomItem, bool> predicate)
    {
        var removed = _items.RemoveAll(i => predicate(i));
        _characterSet = null;
        return removed;
    }

    /// <summary>The Specific Character Set in force here: this data set's own, else its parent's, else the default.</summary>
    public DicomCharacterSet CharacterSet
    {
        get
        {
            if (_characterSet is not null) return _characterSet;
            if (TryGet<DicomElement>(DicomTags.SpecificCharacterSet, out var element))
                return _characterSet = DicomCharacterSet.FromTerms(DicomText.SplitValues(DicomText.DecodeAscii(element.Value.Span)));
            return Parent?.CharacterSet ?? DicomCharacterSet.Default;
        }
    }

    /// <summary>A deep copy: sequences and their items are copied, value bytes are shared (they are immutable).</summary>
    public DicomDataset Clone()
    {
        var copy = new DicomDataset { HasUndefinedLength = HasUndefinedLength };
        foreach (var item in _items)
        {
            copy._items.Add(item is DicomSequence sq ? CloneSequence(sq, copy) : item);
        }
        return copy;
    }

    private static DicomSequence CloneSequence(DicomSequence sq, DicomDataset owner)
    {
        var clone = new DicomSequence(sq.Tag, sq.Items.Select(i => i.Clone())) { HasUndefinedLength = sq.HasUndefinedLength };
        clone.AttachTo(owner);
        return clone;
    }

    public IEnumerator<DicomItem> GetEnumerator() => _items.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void Insert(int index, DicomItem item)
    {
        _items.Insert(index, item);
        Attach(item);
    }

    private void Attach(DicomItem item)
    {
        if (item is DicomSequence sq) sq.AttachTo(this);
        if (item.Tag == DicomTags.SpecificCharacterSet) _characterSet = null;
    }

    /// <summary>Binary search; items arrive in order when read, so the common case checks the last one first.</summary>
    private int IndexOf(DicomTag tag)
    {
        var count = _items.Count;
        if (count == 0) return ~0;
        var last = _items[count - 1].Tag.Value;
        if (tag.Value > last) return ~count;
        if (tag.Value == last) return count - 1;
        int lo = 0, hi = count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var value = _items[mid].Tag.Value;
            if (value == tag.Value) return mid;
            if (value < tag.Value) lo = mid + 1; else hi = mid - 1;
        }
        return ~lo;
    }
}
