using System.Buffers.Binary;
using PacsLab.Dicom;
using PacsLab.Pacs.Store;

namespace PacsLab.Pacs.Corrections;

/// <summary>Writes a changed instance as a new Part 10 file and measures it the way the store does.</summary>
internal static class InstanceFileWriter
{
    /// <summary>Preamble (128), "DICM" (4), then (0002,0000) UL with its 4-byte value in Explicit VR Little Endian (12).</summary>
    private const int GroupLengthEnd = 144;

    /// <summary>Tag (0002,0000) little endian, then VR "UL".</summary>
    private static ReadOnlySpan<byte> GroupLengthHeader => [0x02, 0x00, 0x00, 0x00, (byte)'U', (byte)'L'];

    /// <summary>
    /// Writes <paramref name="file"/> to <paramref name="path"/> in its own transfer syntax and returns its size and
    /// content hash: SHA-256 of the data set bytes after the meta group, as <see cref="ContentHash"/> defines it.
    /// </summary>
    public static async Task<(string ContentHash, long SizeBytes)> WriteAsync(DicomFile file, string path, CancellationToken cancellationToken)
    {
        await file.SaveAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
        var offset = await DataSetOffsetAsync(path, cancellationToken).ConfigureAwait(false);
        var hash = await ContentHash.OfFileAsync(path, offset, cancellationToken).ConfigureAwait(false);
        return (hash, new FileInfo(path).Length);
    }

    /// <summary>Where the data set starts: after the meta group, whose length (0002,0000) states (PS3.10 7.1).</summary>
    private static async Task<long> DataSetOffsetAsync(string path, CancellationToken cancellationToken)
    {
        var head = new byte[GroupLengthEnd];
        await using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous))
            await stream.ReadExactlyAsync(head, cancellationToken).ConfigureAwait(false);
        if (!head.AsSpan(128, 4).SequenceEqual("DICM"u8) || !head.AsSpan(132, 6).SequenceEqual(GroupLengthHeader))
            throw new InvalidDataException($"the rewritten file {path} does not start with a Part 10 meta group and its group length");
        return GroupLengthEnd + BinaryPrimitives.ReadUInt32LittleEndian(head.AsSpan(140, 4));
    }
}
