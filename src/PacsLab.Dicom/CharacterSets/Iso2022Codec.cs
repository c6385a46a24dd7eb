using System.Text;

namespace PacsLab.Dicom.CharacterSets;

/// <summary>The single-byte sets and the ISO 2022 code extensions (PS3.3 Tables C.12-2 to C.12-4).</summary>
internal sealed class Iso2022Codec(Iso2022Profile profile) : ITextCodec
{
    public Iso2022Profile Profile { get; } = profile;

    public string Decode(ReadOnlySpan<byte> bytes, DicomVR vr, WarningLog warnings) =>
        Iso2022Decoder.Decode(bytes, vr, Profile, warnings);

    public byte[] Encode(string text, DicomVR vr, List<Rune> unencodable) =>
        Iso2022Encoder.Encode(text, vr, Profile, unencodable);
}
