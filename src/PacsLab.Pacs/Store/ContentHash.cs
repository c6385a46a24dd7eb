using System.Security.Cryptography;

namespace PacsLab.Pacs.Store;

/// <summary>SHA-256 of a file's data set bytes (from an offset past the meta group), as lowercase hex.</summary>
internal static class ContentHash
{
    public static async Task<string> OfFileAsync(string path, long offset, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        file.Position = offset;
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken).ConfigureAwait(false));
    }
}
