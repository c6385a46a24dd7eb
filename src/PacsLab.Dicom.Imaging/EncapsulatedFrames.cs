using System.Buffers.Binary;

namespace PacsLab.Dicom.Imaging;

/// <summary>
/// Finds the fragments of one frame in encapsulated Pixel Data (PS3.5 A.4): through the Extended Offset Table
/// (7FE0,0001) (PS3.3 C.7.6.3.1.8) or the Basic Offset Table, whose offsets count from the first fragment's item
/// tag; without either, one fragment per frame, or a new frame at each fragment starting with a JPEG SOI marker.
/// </summary>
internal static class EncapsulatedFrames
{
    private const int ItemHeaderLength = 8;

    public static ReadOnlyMemory<byte> Get(DicomFragmentSequence pixelData, DicomDataset dataset, int frameIndex, int frameCount)
    {
        var fragments = pixelData.Fragments;
        if (fragments.Count == 0)
        {
            throw new DicomImagingException(DicomImagingError.PixelDataTooShort,
                $"cannot render: the encapsulated Pixel Data {DicomTags.PixelData} holds an offset table but no fragments, so there is no compressed image in it.");
        }
        var starts = FrameStarts(pixelData, dataset, frameCount);
        var first = starts[frameIndex];
        var end = frameIndex + 1 < starts.Length ? starts[frameIndex + 1] : fragments.Count;
        if (end <= first) throw Corrupt($"the offset table gives frame {frameIndex} no fragments.");
        if (end - first == 1) return fragments[first];

        var joined = new byte[fragments.Skip(first).Take(end - first).Sum(f => (long)f.Length)];
        var at = 0;
        for (var i = first; i < end; i++)
        {
            fragments[i].Span.CopyTo(joined.AsSpan(at));
            at += fragments[i].Length;
        }
        return joined;
    }

    private static int[] FrameStarts(DicomFragmentSequence pixelData, DicomDataset dataset, int frameCount)
    {
        var fragments = pixelData.Fragments;
        var offsets = dataset[PixelTags.ExtendedOffsetTable] is DicomElement { Length: > 0 } extended
            ? ReadOffsets(extended.Value.Span, 8)
            : ReadOffsets(pixelData.OffsetTable.Span, 4);

        if (offsets.Length > 0)
        {
            if (offsets.Length != frameCount)
                throw Corrupt($"the offset table lists {offsets.Length} frame(s) but Number of Frames is {frameCount}.");
            var positions = new Dictionary<long, int>();
            long position = 0;
            for (var i = 0; i < fragments.Count; i++)
            {
                positions[position] = i;
                position += ItemHeaderLength + fragments[i].Length;
            }
            var starts = new int[offsets.Length];
            for (var f = 0; f < offsets.Length; f++)
            {
                if (!positions.TryGetValue(offsets[f], out starts[f]) || (f > 0 && starts[f] <= starts[f - 1]))
                    throw Corrupt($"the offset table entry for frame {f} ({offsets[f]}) does not point at the start of a fragment after the previous frame.");
            }
            return starts;
        }

        if (frameCount == 1) return [0];
        if (fragments.Count == frameCount) return Enumerable.Range(0, frameCount).ToArray();
        var jpegStarts = Enumerable.Range(0, fragments.Count).Where(i => StartsWithSoi(fragments[i].Span)).ToArray();
        if (jpegStarts.Length == frameCount && jpegStarts[0] == 0) return jpegStarts;
        throw Corrupt($"the Pixel Data holds {fragments.Count} fragments for {frameCount} frames and has no offset table, so where each frame starts is unknown.");
    }

    private static long[] ReadOffsets(ReadOnlySpan<byte> table, int size)
    {
        var result = new long[table.Length / size];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = size == 8
                ? (long)BinaryPrimitives.ReadUInt64LittleEndian(table.Slice(i * 8, 8))
                : BinaryPrimitives.ReadUInt32LittleEndian(table.Slice(i * 4, 4));
        }
        return result;
    }

    private static bool StartsWithSoi(ReadOnlySpan<byte> fragment) => fragment.Length >= 2 && fragment[0] == 0xFF && fragment[1] == 0xD8;

    private static DicomImagingException Corrupt(string problem) =>
        new(DicomImagingError.CorruptCompressedData, $"cannot render: {problem} (PS3.5 A.4). The sender wrote inconsistent encapsulated pixel data.");
}
