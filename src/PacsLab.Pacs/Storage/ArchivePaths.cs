using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace PacsLab.Pacs.Storage;

/// <summary>
/// Where an instance's file lives, relative to the archive root: one level of fan-out (256 folders) and a name made
/// of a hash of the SOP Instance UID and a prefix of the content hash. One level, not two: with 65 536 second-level
/// folders nearly every instance of a young archive made a new folder, and each new folder costs a directory sync
/// more before the store can be acknowledged; 256 folders hold millions of files comfortably on ext4 or XFS. No UID text reaches the file system, so a UID such as
/// <c>../../x</c> cannot escape the archive; a rewritten instance gets a new name, so the old file can stay until
/// the new one is durable.
/// </summary>
public static partial class ArchivePaths
{
    public static string For(string sopInstanceUid, string contentHash)
    {
        var uidHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sopInstanceUid)));
        return Path.Combine(uidHash[..2], $"{uidHash[..40]}-{contentHash[..16]}.dcm");
    }

    /// <summary>
    /// Whether <paramref name="relativePath"/> has the shape <see cref="For"/> gives, or the two-level one of archives
    /// made before (so it cannot point outside the archive).
    /// </summary>
    public static bool IsArchivePath(string relativePath) => Shape().IsMatch(relativePath);

    [GeneratedRegex(@"^([0-9a-f]{2}/){1,2}[0-9a-f]{40}-[0-9a-f]{16}\.dcm$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
