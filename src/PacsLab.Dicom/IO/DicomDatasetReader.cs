using System.Buffers.Binary;

namespace PacsLab.Dicom;

/// <summary>
/// Parses a data set in one transfer syntax from a <see cref="DicomByteSource"/> (PS3.5 7.1-7.5, A.4).
/// Recursion depth is bounded by <see cref="DicomReadOptions.MaxSequenceDepth"/>; every length is checked against
/// the enclosing item and the bytes that remain before anything is allocated.
/// </summary>
internal sealed class DicomDatasetReader
{
    private readonly DicomByteSource _source;
    private readonly DicomReadOptions _options;
    private readonly List<string> _warnings;
    private readonly CancellationToken _cancellationToken;

    public DicomDatasetReader(DicomByteSource source, DicomReadOptions options, List<string> warnings, CancellationToken cancellationToken)
    {
        _source = source;
        _options = options;
        _warnings = warnings;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Reads a top-level data set until the stream ends (or the stop tag is reached).</summary>
    public async Task<DicomDataset> ReadTopLevelAsync(DicomTransferSyntax syntax, DicomDataset? into = null)
    {
        var dataset = into ?? new DicomDataset();
        await ReadItemsIntoAsync(dataset, new Context(syntax.IsExplicitVR, syntax.IsBigEndian, syntax.IsEncapsulated, 0, null, false)).ConfigureAwait(false);
        return dataset;
    }

    /// <summary>Reads the File Meta Information: group 0002 elements in explicit VR little endian, then stops.</summary>
    public async Task<DicomDataset> ReadMetaGroupAsync()
    {
        var meta = new DicomDataset();
        while (await _source.EnsureAsync(6, _cancellationToken).ConfigureAwait(false))
        {
            var group = BinaryPrimitives.ReadUInt16LittleEndian(_source.Peek(2));
            if (group != 0x0002) break;
            // A few writers put the meta group in implicit VR; tell by whether a VR follows the tag.
            var explicitVr = DicomVR.FromBytes(_source.Peek(6)[4], _source.Peek(6)[5]) is not null;
            if (!explicitVr) _warnings.Add("The File Meta Information is in implicit VR; PS3.10 requires explicit VR little endian.");
            var header = await ReadHeaderAsync(new Context(explicitVr, false, false, 0, null, false)).ConfigureAwait(false);
            var item = await ReadValueAsync(header, meta, new Context(explicitVr, false, false, 0, null, false)).ConfigureAwait(false);
            AddReadItem(meta, item, header.Offset);
        }
        return meta;
    }

    private readonly record struct Context(bool Explicit, bool BigEndian, bool Encapsulated, int Depth, long? End, bool InUndefinedItem);

    private async Task ReadItemsIntoAsync(DicomDataset dataset, Context context)
    {
        while (true)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (context.End is { } end)
            {
                if (_source.Position >= end) break;
            }
            else if (!await _source.EnsureAsync(4, _cancellationToken).ConfigureAwait(false))
            {
                if (context.InUndefinedItem)
                    throw new DicomFormatException("the data ends before the item delimiter (FFFE,E00D) of an undefined-length item", _source.Position);
                if (_source.Buffered > 0)
                    throw new DicomFormatException($"the data ends with {_source.Buffered} stray byte(s) where an element header should start", _source.Position);
                break;
            }

            if (context.Depth == 0 && context.End is null && await IsZeroPaddingToEndAsync().ConfigureAwait(false)) break;

            var tag = await PeekTagAsync(context).ConfigureAwait(false);
            if (context.Depth == 0 && _options.StopBeforeTag is { } stop && tag >= stop) break;

            var header = await ReadHeaderAsync(context).ConfigureAwait(false);
            if (header.Tag == DicomTags.ItemDelimitationItem)
            {
                if (!context.InUndefinedItem)
                    throw new DicomFormatException("an item delimiter (FFFE,E00D) appears outside an undefined-length item", header.Offset, header.Tag);
                return;
            }
            if (header.Tag == DicomTags.SequenceDelimitationItem || header.Tag == DicomTags.Item)
                throw new DicomFormatException($"{Describe(header.Tag)} appears where a data element was expected", header.Offset, header.Tag);

            var item = await ReadValueAsync(header, dataset, context).ConfigureAwait(false);
            AddReadItem(dataset, item, header.Offset);
            if (context.End is { } limit && _source.Position > limit)
                throw new DicomFormatException($"element {header.Tag} runs past the end of its enclosing item", header.Offset, header.Tag);
        }
    }

    private void AddReadItem(DicomDataset dataset, DicomItem item, long offset)
    {
        if (dataset.Contains(item.Tag))
        {
            _warnings.Add($"Element {item.Tag} appears twice at byte offset {offset}; the second one is ignored, as DCMTK does.");
            return;
        }
        if (dataset.Count > 0 && dataset.Last().Tag > item.Tag)
            _warnings.Add($"Element {item.Tag} at byte offset {offset} is out of ascending tag order; it is kept in order.");
        dataset.Add(item);
    }

    private async ValueTask<DicomTag> PeekTagAsync(Context context)
    {
        if (!await _source.EnsureAsync(4, _cancellationToken).ConfigureAwait(false))
            throw new DicomFormatException("the data ends inside an element header", _source.Position);
        return ReadTag(_source.Peek(4), context.BigEndian);
    }

    private static DicomTag ReadTag(ReadOnlySpan<byte> bytes, bool bigEndian) => bigEndian
        ? new DicomTag(BinaryPrimitives.ReadUInt16BigEndian(bytes), BinaryPrimitives.ReadUInt16BigEndian(bytes[2..]))
        : new DicomTag(BinaryPrimitives.ReadUInt16LittleEndian(bytes), BinaryPrimitives.ReadUInt16LittleEndian(bytes[2..]));

    private static uint ReadUInt32(ReadOnlySpan<byte> bytes, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt32LittleEndian(bytes);

    private async ValueTask<DicomElementHeader> ReadHeaderAsync(Context context)
    {
        var offset = _source.Position;
        if (!await _source.EnsureAsync(8, _cancellationToken).ConfigureAwait(false))
            throw new DicomFormatException("the data ends inside an element header", offset);
        var head = _source.Peek(8);
        var tag = ReadTag(head, context.BigEndian);

        // Items and delimiters have no VR in any syntax (PS3.5 7.5).
        if (tag.Group == 0xFFFE)
        {
            var length = ReadUInt32(head[4..], context.BigEndian);
            _source.Advance(8);
            return new DicomElementHeader(tag, null, length, offset);
        }
        if (!context.Explicit)
        {
            var length = ReadUInt32(head[4..], context.BigEndian);
            _source.Advance(8);
            return new DicomElementHeader(tag, null, length, offset);
        }

        var vr = DicomVR.FromBytes(head[4], head[5]);
        if (vr is null)
        {
            var code = head[4] is >= 0x20 and < 0x7F && head[5] is >= 0x20 and < 0x7F
                ? $"'{(char)head[4]}{(char)head[5]}'"
                : $"0x{head[4]:X2}{head[5]:X2}";
            throw new DicomFormatException($"unknown VR code {code} in an explicit VR data set", offset, tag);
        }
        if (vr.HasLongLength)
        {
            if (!await _source.EnsureAsync(12, _cancellationToken).ConfigureAwait(false))
                throw new DicomFormatException("the data ends inside an element header", offset, tag);
            var length = ReadUInt32(_source.Peek(12)[8..], context.BigEndian);
            _source.Advance(12);
            return new DicomElementHeader(tag, vr, length, offset);
        }
        var shortLength = context.BigEndian ? BinaryPrimitives.ReadUInt16BigEndian(head[6..]) : BinaryPrimitives.ReadUInt16LittleEndian(head[6..]);
        _source.Advance(8);
        return new DicomElementHeader(tag, vr, shortLength, offset);
    }

    private async Task<DicomItem> ReadValueAsync(DicomElementHeader header, DicomDataset dataset, Context context)
    {
        var tag = header.Tag;
        var vr = header.VR ?? ImplicitVR(tag, dataset);

        if (header.HasUndefinedLength)
        {
            if (IsPixelDataTag(tag) && (vr == DicomVR.OB || vr == DicomVR.OW || (!context.Explicit && context.Encapsulated)))
                return await ReadFragmentsAsync(header, vr, context).ConfigureAwait(false);
            if (vr == DicomVR.SQ)
                return await ReadSequenceAsync(header, context).ConfigureAwait(false);
            if (vr == DicomVR.UN)
            {
                // An undefined-length UN (or unknown implicit element) is a sequence in implicit VR little endian (PS3.5 6.2.2).
                return await ReadSequenceAsync(header, context with { Explicit = false, BigEndian = false }).ConfigureAwait(false);
            }
            throw new DicomFormatException($"undefined length (0xFFFFFFFF) on a {vr} element, which must have a defined length", header.Offset, tag);
        }

        if (vr == DicomVR.SQ)
            return await ReadSequenceAsync(header, context).ConfigureAwait(false);

        if (context.End is { } end && _source.Position + header.Length > end)
            throw new DicomFormatException($"value length {header.Length} runs past the end of the enclosing item ({end - _source.Position} bytes remain in it)", header.Offset, tag);

        var bytes = await _source.ReadBytesAsync(header.Length, tag, header.Offset, _cancellationToken).ConfigureAwait(false);
        if ((header.Length & 1) == 1)
            _warnings.Add($"Element {tag} at byte offset {header.Offset} has odd length {header.Length}; it is kept as read and padded to even length when written.");
        if (context.BigEndian && vr.NeedsByteSwap) DicomBinary.SwapInPlace(bytes, DicomBinary.SwapUnit(vr));
        return new DicomElement(tag, vr, bytes);
    }

    private async Task<DicomSequence> ReadSequenceAsync(DicomElementHeader header, Context context)
    {
        var depth = context.Depth + 1;
        if (depth > _options.MaxSequenceDepth)
            throw new DicomFormatException($"sequences are nested deeper than {_options.MaxSequenceDepth} levels", header.Offset, header.Tag);

        var sequence = new DicomSequence(header.Tag) { HasUndefinedLength = header.HasUndefinedLength };
        long? end = header.HasUndefinedLength ? null : _source.Position + header.Length;
        if (end is { } e && context.End is { } outer && e > outer)
            throw new DicomFormatException($"sequence length {header.Length} runs past the end of the enclosing item", header.Offset, header.Tag);
        if (end is not null && _source.Remaining is { } remaining && header.Length > remaining)
            throw new DicomFormatException($"sequence length {header.Length} runs past the end of the data ({remaining} bytes remain)", header.Offset, header.Tag);

        while (true)
        {
            if (end is { } stop && _source.Position >= stop)
            {
                if (_source.Position > stop)
                    throw new DicomFormatException("the last item runs past the end of its sequence", header.Offset, header.Tag);
                break;
            }
            if (!await _source.EnsureAsync(8, _cancellationToken).ConfigureAwait(false))
                throw new DicomFormatException(end is null
                    ? "the data ends before the sequence delimiter (FFFE,E0DD) of an undefined-length sequence"
                    : "the data ends inside a sequence", _source.Position, header.Tag);
            var itemHeader = await ReadHeaderAsync(context with { Explicit = false }).ConfigureAwait(false);
            if (itemHeader.Tag == DicomTags.SequenceDelimitationItem)
            {
                if (end is not null)
                    throw new DicomFormatException("a sequence delimiter (FFFE,E0DD) appears in a sequence of defined length", itemHeader.Offset, header.Tag);
                break;
            }
            if (itemHeader.Tag != DicomTags.Item)
            {
                var what = end is null
                    ? "expected an item (FFFE,E000) or the sequence delimiter (FFFE,E0DD)"
                    : "expected an item (FFFE,E000)";
                throw new DicomFormatException($"{what} in sequence {header.Tag} but found {itemHeader.Tag}", itemHeader.Offset, header.Tag);
            }
            var item = new DicomDataset { HasUndefinedLength = itemHeader.HasUndefinedLength };
            sequence.Add(item);
            var itemEnd = itemHeader.HasUndefinedLength ? (long?)null : _source.Position + itemHeader.Length;
            if (itemEnd is { } ie && ((end is { } se && ie > se) || (_source.Remaining is { } r && itemHeader.Length > r)))
                throw new DicomFormatException($"item length {itemHeader.Length} runs past the end of its sequence or of the data", itemHeader.Offset, header.Tag);
            await ReadItemsIntoAsync(item, context with { Depth = depth, End = itemEnd, InUndefinedItem = itemHeader.HasUndefinedLength }).ConfigureAwait(false);
        }
        return sequence;
    }

    private async Task<DicomFragmentSequence> ReadFragmentsAsync(DicomElementHeader header, DicomVR vr, Context context)
    {
        ReadOnlyMemory<byte>? offsetTable = null;
        var fragments = new List<ReadOnlyMemory<byte>>();
        while (true)
        {
            if (!await _source.EnsureAsync(8, _cancellationToken).ConfigureAwait(false))
                throw new DicomFormatException("the data ends before the sequence delimiter (FFFE,E0DD) of encapsulated pixel data", _source.Position, header.Tag);
            var itemHeader = await ReadHeaderAsync(context with { Explicit = false }).ConfigureAwait(false);
            if (itemHeader.Tag == DicomTags.SequenceDelimitationItem) break;
            if (itemHeader.Tag != DicomTags.Item)
                throw new DicomFormatException($"expected a fragment item (FFFE,E000) or the sequence delimiter in encapsulated pixel data but found {itemHeader.Tag}", itemHeader.Offset, header.Tag);
            if (itemHeader.HasUndefinedLength)
                throw new DicomFormatException("a pixel data fragment has undefined length", itemHeader.Offset, header.Tag);
            if (context.End is { } end && _source.Position + itemHeader.Length > end)
                throw new DicomFormatException($"fragment length {itemHeader.Length} runs past the end of the enclosing item", itemHeader.Offset, header.Tag);
            var bytes = await _source.ReadBytesAsync(itemHeader.Length, header.Tag, itemHeader.Offset, _cancellationToken).ConfigureAwait(false);
            if (offsetTable is null) offsetTable = bytes;
            else fragments.Add(bytes);
        }
        return new DicomFragmentSequence(header.Tag, vr == DicomVR.OW && context.Explicit ? DicomVR.OW : DicomVR.OB, offsetTable ?? ReadOnlyMemory<byte>.Empty, fragments);
    }

    /// <summary>
    /// In implicit VR the dictionary decides; where it lists two VRs, the data decides: US/SS follows
    /// Pixel Representation, OB/OW is OW (PS3.5 A.1 c).
    /// </summary>
    private static DicomVR ImplicitVR(DicomTag tag, DicomDataset dataset)
    {
        if (tag.IsGroupLength) return DicomVR.UL;
        if (tag.IsPrivateCreator) return DicomVR.LO;
        if (!DicomDictionary.TryGet(tag, out var entry) || entry.ValueRepresentations.Count == 0) return DicomVR.UN;
        var vrs = entry.ValueRepresentations;
        if (vrs.Count == 1) return vrs[0];
        if (vrs.Contains(DicomVR.OW)) return DicomVR.OW;
        if (vrs.Contains(DicomVR.US) && vrs.Contains(DicomVR.SS))
            return dataset.TryGetNumber<int>(DicomTags.PixelRepresentation, out var pr) && pr == 1 ? DicomVR.SS : DicomVR.US;
        return vrs[0];
    }

    private static bool IsPixelDataTag(DicomTag tag) => tag == DicomTags.PixelData;

    /// <summary>DCMTK tolerates zero bytes after the data set; so do we, with a warning, when nothing else follows.</summary>
    private async ValueTask<bool> IsZeroPaddingToEndAsync()
    {
        if (_source.Buffered < 4 || _source.Peek(4).IndexOfAnyExcept((byte)0) >= 0) return false;
        if (_source.Remaining is not { } remaining || remaining > 1024 * 1024) return false;
        if (!await _source.EnsureAsync((int)remaining, _cancellationToken).ConfigureAwait(false)) return false;
        if (_source.Peek((int)remaining).IndexOfAnyExcept((byte)0) >= 0) return false;
        _warnings.Add($"{remaining} zero byte(s) of padding follow the data set at byte offset {_source.Position}; they are ignored.");
        _source.Advance((int)remaining);
        return true;
    }

    private static string Describe(DicomTag tag) =>
        tag == DicomTags.Item ? "an item tag (FFFE,E000)"
        : tag == DicomTags.SequenceDelimitationItem ? "a sequence delimiter (FFFE,E0DD)"
        : tag.ToString();
}
