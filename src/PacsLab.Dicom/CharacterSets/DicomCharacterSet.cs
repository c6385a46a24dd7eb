using System.Text;

namespace PacsLab.Dicom;

/// <summary>Specific Character Set handling. (Placeholder until the full implementation lands.)</summary>
public sealed class DicomCharacterSet
{
    private DicomCharacterSet(IReadOnlyList<string> terms) => Terms = terms;

    public static DicomCharacterSet Default { get; } = new([]);

    public IReadOnlyList<string> Terms { get; }

    public IReadOnlyList<string> Warnings { get; } = [];

    public static DicomCharacterSet FromTerms(IReadOnlyList<string> terms) => new(terms);

    public string Decode(ReadOnlySpan<byte> bytes, DicomVR vr) =>
        Terms.Contains("ISO_IR 192") ? Encoding.UTF8.GetString(bytes) : Encoding.Latin1.GetString(bytes);

    public byte[] Encode(string text, DicomVR vr) =>
        Terms.Contains("ISO_IR 192") ? Encoding.UTF8.GetBytes(text) : Encoding.Latin1.GetBytes(text);
}
