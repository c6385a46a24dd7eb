using System.Buffers.Binary;
using PacsLab.Dicom;

namespace PacsLab.Pacs.Reconcile;

/// <summary>
/// Where a file's data set starts: past the preamble, "DICM" and the File Meta Information group (PS3.10 7.1), which
/// is always Explicit VR Little Endian. Walks the group's elements rather than trusting (0002,0000), so a file whose
/// group length is absent or wrong is measured the same way. <see cref="Store.ContentHash"/> hashes from here.
/// </summary>
internal static class DataSetOffset
{
    private const int PreambleLength = 128;

    /// <summary>More than any meta group holds; a longer one is not a file the PACS wrote.</summary>
    internal const int MaxHeaderLength = 64 * 1024;

    public static async Task<long> OfFileAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous);
        var head = new byte[(int)Math.Min(stream.Length, MaxHeaderLength)];
        await stream.ReadExactlyAsync(head, cancellationToken).ConfigureAwait(false);
        return Find(head);
    }

    internal static long Find(ReadOnlySpan<byte> head)
    {
        var position = head.Length >= PreambleLength + 4 && head.Slice(PreambleLength, 4).SequenceEqual("DICM"u8) ? PreambleLength + 4
            : head.Length >= 4 && head[..4].SequenceEqual("DICM"u8) ? 4
            : 0;
        while (position + 8 <= head.Length && BinaryPrimitives.ReadUInt16LittleEndian(head[position..]) == 0x0002)
        {
            var vr = DicomVR.FromBytes(head[position + 4], head[position + 5])
                     ?? throw new InvalidDataException($"the meta group element at byte {position} has no valid VR");
            long end;
            if (vr.HasLongLength)
            {
                if (position + 12 > head.Length) throw new InvalidDataException("the meta group is cut off");
                end = position + 12L + BinaryPrimitives.ReadUInt32LittleEndian(head[(position + 8)..]);
            }
            else
            {
                end = position + 8L + BinaryPrimitives.ReadUInt16LittleEndian(head[(position + 6)..]);
            }
            if (end > head.Length) throw new InvalidDataException("the meta group is cut off or longer than a meta group can be");
            position = (int)end;
        }
        return position;
    }
}
