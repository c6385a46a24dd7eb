namespace PacsLab.Dicom.Network.Pdu;

/// <summary>The ASCII strings of A-ASSOCIATE items: UIDs and the implementation version name.</summary>
internal static class PduText
{
    /// <summary>PS3.8 9.3.2.2.1: UIDs in PDUs are not padded; some implementations still send a trailing NUL (or space).</summary>
    public static string ReadUid(ReadOnlySpan<byte> value) => ReadAscii(value).TrimEnd('\0', ' ');

    public static string ReadAscii(ReadOnlySpan<byte> value)
    {
        Span<char> chars = value.Length <= 256 ? stackalloc char[value.Length] : new char[value.Length];
        for (var i = 0; i < value.Length; i++) chars[i] = (char)value[i];
        return new string(chars);
    }
}
