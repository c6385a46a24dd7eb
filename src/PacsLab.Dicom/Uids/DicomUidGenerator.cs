using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PacsLab.Dicom;

/// <summary>
/// Makes UIDs under the 2.25 root, which needs no registered organisation root: "2.25." followed by a UUID read
/// as one unsigned 128-bit integer in decimal (PS3.5 B.2, ITU-T X.667). At most 44 characters.
/// </summary>
public static class DicomUidGenerator
{
    public const string UuidRoot = "2.25";

    /// <summary>PacsLab's own namespace for name-based UIDs. Changing it changes every UID made by <see cref="FromName(string)"/>.</summary>
    public static readonly Guid PacsLabNamespace = new("9fc47699-e432-413d-95c9-3243eebab08a");

    /// <summary>A new UID from a random (version 4) UUID.</summary>
    public static string Generate() => FromUuid(Guid.NewGuid());

    /// <summary>
    /// The 2.25 UID of a UUID. X.667 reads the UUID's 16 bytes as one big-endian integer, so the Guid is written
    /// in its RFC 4122 (big-endian) byte order; Guid.ToByteArray() alone would swap the first three fields.
    /// </summary>
    public static string FromUuid(Guid uuid)
    {
        Span<byte> bytes = stackalloc byte[16];
        uuid.TryWriteBytes(bytes, bigEndian: true, out _);
        var value = BinaryPrimitives.ReadUInt128BigEndian(bytes);
        return UuidRoot + "." + value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The same name always gives the same UID (a version 5 UUID in PacsLab's namespace).</summary>
    public static string FromName(string name) => FromName(PacsLabNamespace, name);

    public static string FromName(Guid namespaceId, string name) => FromUuid(NameBasedUuid(namespaceId, name));

    /// <summary>
    /// RFC 4122 section 4.3 version 5: SHA-1 of the namespace (big-endian bytes) followed by the UTF-8 name,
    /// the first 16 bytes kept, with the version and variant bits set.
    /// </summary>
    public static Guid NameBasedUuid(Guid namespaceId, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        namespaceId.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);
        var hash = SHA1.HashData(input); // RFC 4122 fixes SHA-1 for version 5; it names things here, it protects nothing
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
