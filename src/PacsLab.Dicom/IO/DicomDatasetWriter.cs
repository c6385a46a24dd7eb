using System.Buffers.Binary;

namespace PacsLab.Dicom;

/// <summary>
/// Encodes a data set in one transfer syntax (PS3.5 7.1-7.5, A.4). Group length elements that are present are
/// recalculated; odd values are padded with the VR's padding byte; binary values are swapped for big endian.
/// </summary>
internal sealed class DicomDatasetWriter(DicomByteSink sink, DicomEncoding encoding, CancellationToken cancellationToken)
{
    private const uint Undefined = 0xFFFFFFFF;

    public async Task WriteAsync(DicomDataset dataset)
    {
        foreach (var item in dataset)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.Tag.IsGroupLength && item is DicomElement)
            {
                var length = DicomLengthCalculator.GroupLength(dataset, item.Tag.Group, encoding);
                await WriteElementAsync(DicomBinary.FromValues(item.Tag, DicomVR.UL, [(uint)length])).ConfigureAwait(false);
                continue;
            }
            switch (item)
            {
                case DicomElement e: await WriteElementAsync(e).ConfigureAwait(false); break;
                case DicomSequence sq: await WriteSequenceAsync(sq).ConfigureAwait(false); break;
                case DicomFragmentSequence f: await WriteFragmentsAsync(f).ConfigureAwait(false); break;
            }
        }
    }

    private async Task WriteElementAsync(DicomElement element)
    {
        var vr = encoding.WrittenVR(element);
        var padded = DicomEncoding.PaddedLength(element.Length);
        await WriteHeaderAsync(element.Tag, vr, (uint)padded).ConfigureAwait(false);
        if (encoding.BigEndian && vr.NeedsByteSwap && element.Length > 0)
        {
            var swapped = element.Value.ToArray();
            DicomBinary.SwapInPlace(swapped, DicomBinary.SwapUnit(vr));
            await sink.WriteAsync(swapped, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await sink.WriteAsync(element.Value, cancellationToken).ConfigureAwait(false);
        }
        if (padded != element.Length) await sink.WriteByteAsync(element.VR.PaddingByte, cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteSequenceAsync(DicomSequence sequence)
    {
        var undefined = encoding.UndefinedLength(sequence);
        var length = undefined ? Undefined : (uint)DicomLengthCalculator.ValueLength(sequence, encoding, includeDelimiter: false);
        await WriteHeaderAsync(sequence.Tag, DicomVR.SQ, length).ConfigureAwait(false);
        foreach (var item in sequence.Items)
        {
            var itemUndefined = encoding.UndefinedLength(item);
            var itemLength = itemUndefined ? Undefined : (uint)DicomLengthCalculator.DatasetLength(item, encoding);
            await WriteItemHeaderAsync(DicomTags.Item, itemLength).ConfigureAwait(false);
            await WriteAsync(item).ConfigureAwait(false);
            if (itemUndefined) await WriteItemHeaderAsync(DicomTags.ItemDelimitationItem, 0).ConfigureAwait(false);
        }
        if (undefined) await WriteItemHeaderAsync(DicomTags.SequenceDelimitationItem, 0).ConfigureAwait(false);
    }

    private async Task WriteFragmentsAsync(DicomFragmentSequence fragments)
    {
        await WriteHeaderAsync(fragments.Tag, fragments.VR, Undefined).ConfigureAwait(false);
        await WriteFragmentAsync(fragments.OffsetTable).ConfigureAwait(false);
        foreach (var fragment in fragments.Fragments) await WriteFragmentAsync(fragment).ConfigureAwait(false);
        await WriteItemHeaderAsync(DicomTags.SequenceDelimitationItem, 0).ConfigureAwait(false);
    }

    /// <summary>Fragment bytes are opaque: never swapped, even in big endian (PS3.5 A.4).</summary>
    private async Task WriteFragmentAsync(ReadOnlyMemory<byte> bytes)
    {
        var padded = DicomEncoding.PaddedLength(bytes.Length);
        await WriteItemHeaderAsync(DicomTags.Item, (uint)padded).ConfigureAwait(false);
        await sink.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        if (padded != bytes.Length) await sink.WriteByteAsync(0, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask WriteItemHeaderAsync(DicomTag tag, uint length)
    {
        var memory = await sink.ReserveAsync(8, cancellationToken).ConfigureAwait(false);
        WriteTag(memory.Span, tag);
        WriteUInt32(memory.Span[4..], length);
        sink.Commit(8);
    }

    private async ValueTask WriteHeaderAsync(DicomTag tag, DicomVR vr, uint length)
    {
        var size = encoding.HeaderLength(vr);
        var memory = await sink.ReserveAsync(size, cancellationToken).ConfigureAwait(false);
        var span = memory.Span;
        WriteTag(span, tag);
        if (!encoding.Explicit)
        {
            WriteUInt32(span[4..], length);
        }
        else
        {
            span[4] = (byte)vr.Code[0];
            span[5] = (byte)vr.Code[1];
            if (vr.HasLongLength)
            {
                span[6] = 0;
                span[7] = 0;
                WriteUInt32(span[8..], length);
            }
            else if (encoding.BigEndian) BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)length);
            else BinaryPrimitives.WriteUInt16LittleEndian(span[6..], (ushort)length);
        }
        sink.Commit(size);
    }

    private void WriteTag(Span<byte> span, DicomTag tag)
    {
        if (encoding.BigEndian)
        {
            BinaryPrimitives.WriteUInt16BigEndian(span, tag.Group);
            BinaryPrimitives.WriteUInt16BigEndian(span[2..], tag.Element);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(span, tag.Group);
            BinaryPrimitives.WriteUInt16LittleEndian(span[2..], tag.Element);
        }
    }

    private void WriteUInt32(Span<byte> span, uint value)
    {
        if (encoding.BigEndian) BinaryPrimitives.WriteUInt32BigEndian(span, value);
        else BinaryPrimitives.WriteUInt32LittleEndian(span, value);
    }
}
