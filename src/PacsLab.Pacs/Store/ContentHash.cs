using System.Buffers;
using System.Security.Cryptography;

namespace PacsLab.Pacs.Store;

/// <summary>SHA-256 of a file's data set bytes (from an offset past the meta group), as lowercase hex.</summary>
internal static class ContentHash
{
    // Large reads: the file was just written, so it is in the page cache and each read is one copy.
    private const int ChunkSize = 1 << 20;

    public static async Task<string> OfFileAsync(string path, long offset, CancellationToken cancellationToken)
    {
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            int read;
            while ((read = await RandomAccess.ReadAsync(file, buffer.AsMemory(0, ChunkSize), offset, cancellationToken).ConfigureAwait(false)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                offset += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
