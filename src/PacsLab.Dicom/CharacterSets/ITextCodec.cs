using System.Text;

namespace PacsLab.Dicom.CharacterSets;

/// <summary>Turns the bytes of a text value into a string and back under one Specific Character Set.</summary>
internal interface ITextCodec
{
    string Decode(ReadOnlySpan<byte> bytes, DicomVR vr, WarningLog warnings);

    /// <summary>Encodes <paramref name="text"/>; each character the set cannot hold is written as '?' and added to <paramref name="unencodable"/>.</summary>
    byte[] Encode(string text, DicomVR vr, List<Rune> unencodable);
}
