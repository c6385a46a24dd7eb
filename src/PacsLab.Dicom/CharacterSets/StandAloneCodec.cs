using System.Text;

namespace PacsLab.Dicom.CharacterSets;

/// <summary>
/// UTF-8, GB18030 and GBK (PS3.3 Table C.12-5): no code extensions, so a whole value is one run of one encoding.
/// Values and PN components are split after decoding, so a GBK or GB18030 trail byte of 0x5C is never taken for
/// the value delimiter '\'.
/// </summary>
internal sealed class StandAloneCodec(int codePage) : ITextCodec
{
    private readonly Encoding _lenient = CodePages.Get(codePage);
    private readonly Encoding _strict = CodePages.GetStrict(codePage);

    public string Decode(ReadOnlySpan<byte> bytes, DicomVR vr, WarningLog warnings) => _lenient.GetString(bytes);

    public byte[] Encode(string text, DicomVR vr, List<Rune> unencodable)
    {
        try
        {
            return _strict.GetBytes(text);
        }
        catch (EncoderFallbackException)
        {
            return EncodeEachCharacter(text, unencodable);
        }
    }

    private byte[] EncodeEachCharacter(string text, List<Rune> unencodable)
    {
        var output = new List<byte>(text.Length * 2);
        Span<char> chars = stackalloc char[2];
        Span<byte> bytes = stackalloc byte[8];
        var remaining = text.AsSpan();
        while (!remaining.IsEmpty)
        {
            var status = Rune.DecodeFromUtf16(remaining, out var rune, out var consumed);
            remaining = remaining[consumed..];
            var written = 0;
            if (status == System.Buffers.OperationStatus.Done)
            {
                written = _lenient.GetBytes(chars[..rune.EncodeToUtf16(chars)], bytes);
            }
            if (written == 0)
            {
                unencodable.Add(rune);
                output.Add((byte)'?');
                continue;
            }
            output.AddRange(bytes[..written]);
        }
        return [.. output];
    }
}
