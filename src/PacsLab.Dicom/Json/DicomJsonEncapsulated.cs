using System.Buffers.Binary;

namespace PacsLab.Dicom;

/// <summary>
/// Encapsulated pixel data as one byte string for "InlineBinary": the value field exactly as PS3.5 A.4 encodes it
/// (offset table item, fragment items, sequence delimiter, little endian), so that it can be read back into
/// fragments.
/// </summary>
internal static class DicomJsonEncapsulated
{
    private const int ItemHeader = 8;

    public static byte[] Encode(DicomFragmentSequence fragments)
    {
        var items = new List<ReadOnlyMemory<byte>> { fragments.OffsetTable };
        items.AddRange(fragments.Fragments);
        var total = items.Sum(i => ItemHeader + (long)DicomEncoding.PaddedLength(i.Length)) + ItemHeader;
        var bytes = new byte[total];
        var at = 0;
        foreach (var item in items)
        {
            WriteHeader(bytes.AsSpan(at), DicomTags.Item, (uint)DicomEncoding.PaddedLength(item.Length));
            item.Span.CopyTo(bytes.AsSpan(at + ItemHeader));
            at += ItemHeader + (int)DicomEncoding.PaddedLength(item.Length);
        }
        WriteHeader(bytes.AsSpan(at), DicomTags.SequenceDelimitationItem, 0);
        return bytes;
    }

    /// <summary>Reads items back; false unless the bytes are exactly items ending with the sequence delimiter.</summary>
    public static bool TryDecode(ReadOnlyMemory<byte> bytes, out ReadOnlyMemory<byte> offsetTable, out List<ReadOnlyMemory<byte>> fragments)
    {
        offsetTable = default;
        fragments = [];
        var items = new List<ReadOnlyMemory<byte>>();
        var at = 0;
        while (at + ItemHeader <= bytes.Length)
        {
            var span = bytes.Span[at..];
            var tag = new DicomTag(BinaryPrimitives.ReadUInt16LittleEndian(span), BinaryPrimitives.ReadUInt16LittleEndian(span[2..]));
            var length = BinaryPrimitives.ReadUInt32LittleEndian(span[4..]);
            if (tag == DicomTags.SequenceDelimitationItem)
            {
                if (length != 0 || at + ItemHeader != bytes.Length || items.Count == 0) return false;
                offsetTable = items[0];
                fragments = items.GetRange(1, items.Count - 1);
                return true;
            }
            if (tag != DicomTags.Item || length > (uint)(bytes.Length - at - ItemHeader)) return false;
            items.Add(bytes.Slice(at + ItemHeader, (int)length));
            at += ItemHeader + (int)length;
        }
        return false;
    }

    private static void WriteHeader(Span<byte> span, DicomTag tag, uint length)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(span, tag.Group);
        BinaryPrimitives.WriteUInt16LittleEndian(span[2..], tag.Element);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], length);
    }
}
