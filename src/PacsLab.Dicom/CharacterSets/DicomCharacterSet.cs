using System.Text;
using PacsLab.Dicom.CharacterSets;

namespace PacsLab.Dicom;

/// <summary>
/// Specific Character Set (0008,0005): how the text of SH, LO, ST, LT, PN, UC and UT values is encoded
/// (PS3.3 C.12.1.1.2, PS3.5 6.1). Covers the default repertoire, the single-byte sets, the ISO 2022 code
/// extensions (Japanese, Korean, Chinese GB 2312, and single-byte sets switched by escape sequences), UTF-8,
/// GB18030 and GBK. Never throws on bad data: problems go to <see cref="Warnings"/>.
/// </summary>
public sealed class DicomCharacterSet
{
    private readonly ITextCodec _codec;
    private readonly WarningLog _warnings = new();

    private DicomCharacterSet(IReadOnlyList<string> terms)
    {
        Terms = terms;
        _codec = CharacterSetResolver.Resolve(terms, _warnings);
    }

    /// <summary>
    /// No (0008,0005): the default repertoire. One shared instance, so its <see cref="Warnings"/> gather problems
    /// from every data set without (0008,0005).
    /// </summary>
    public static DicomCharacterSet Default { get; } = new([]);

    /// <summary>The values of (0008,0005) with their padding removed; value 1 may be empty.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>
    /// What was wrong with the terms, with bytes met while decoding and with text that could not be encoded,
    /// one message per distinct problem (at most 50).
    /// </summary>
    public IReadOnlyList<string> Warnings => _warnings.Snapshot();

    /// <summary>From the values of (0008,0005), already split on '\'; padding and a trailing empty value are ignored.</summary>
    public static DicomCharacterSet FromTerms(IReadOnlyList<string> terms)
    {
        var trimmed = terms.Select(t => t.Trim(' ', '\0')).ToList();
        while (trimmed.Count > 1 && trimmed[^1].Length == 0) trimmed.RemoveAt(trimmed.Count - 1);
        if (trimmed.Count == 0 || trimmed is [""]) return Default;
        return new DicomCharacterSet(trimmed);
    }

    /// <summary>Decodes a value, padding kept. VRs outside (0008,0005)'s scope (AE, CS, UI ...) are read as ASCII.</summary>
    public string Decode(ReadOnlySpan<byte> bytes, DicomVR vr) =>
        vr.UsesSpecificCharacterSet ? _codec.Decode(bytes, vr, _warnings) : DicomText.DecodeAscii(bytes);

    /// <summary>
    /// Encodes a value (no padding added). A character the set cannot hold is written as '?' and reported in
    /// <see cref="Warnings"/>; use <see cref="TryEncode"/> to find out instead.
    /// </summary>
    public byte[] Encode(string text, DicomVR vr)
    {
        var unencodable = new List<Rune>();
        var bytes = EncodeCore(text, vr, unencodable);
        foreach (var rune in unencodable.Distinct()) _warnings.Add(DescribeUnencodable(rune, vr));
        return bytes;
    }

    /// <summary>Encodes a value; false (with '?' in place of each such character) when the set cannot hold all of it.</summary>
    public bool TryEncode(string text, DicomVR vr, out byte[] bytes)
    {
        var unencodable = new List<Rune>();
        bytes = EncodeCore(text, vr, unencodable);
        return unencodable.Count == 0;
    }

    public override string ToString() => Terms.Count == 0 ? "(default repertoire)" : string.Join('\\', Terms);

    private byte[] EncodeCore(string text, DicomVR vr, List<Rune> unencodable) =>
        vr.UsesSpecificCharacterSet
            ? _codec.Encode(text, vr, unencodable)
            : CharacterSetResolver.DefaultCodec.Encode(text, vr, unencodable);

    private string DescribeUnencodable(Rune rune, DicomVR vr)
    {
        var what = Rune.IsControl(rune) || rune == Rune.ReplacementChar ? $"U+{rune.Value:X4}" : $"'{rune}' (U+{rune.Value:X4})";
        var set = !vr.UsesSpecificCharacterSet || Terms.Count == 0
            ? "the default repertoire (ASCII)"
            : $"Specific Character Set (0008,0005) '{this}'";
        var scope = vr.UsesSpecificCharacterSet ? "" : $" ({vr} values always use the default repertoire)";
        return $"Cannot write {what} in {set}{scope}; it was written as '?'. " +
            (vr.UsesSpecificCharacterSet ? "Set (0008,0005) to a character set that holds it, e.g. 'ISO_IR 192' (UTF-8)." : "");
    }
}
