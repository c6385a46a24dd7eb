using System.Globalization;

namespace PacsLab.Dicom;

public sealed partial class DicomDataset
{
    /// <summary>
    /// The whole value as text, decoded with the Specific Character Set in force and with insignificant padding
    /// trimmed; binary values are formatted and joined with '\'. Null when the element is absent.
    /// </summary>
    public string? GetString(DicomTag tag) => this[tag] switch
    {
        DicomElement { VR.Kind: DicomVRKind.Text } e => TrimWhole(DecodeText(e), e.VR),
        DicomElement e when e.VR.Kind == DicomVRKind.Binary => string.Join(DicomText.ValueSeparator, FormatBinary(e)),
        _ => null,
    };

    /// <summary>The values of a multi-valued text element, each trimmed; empty when absent or empty.</summary>
    public string[] GetStrings(DicomTag tag)
    {
        if (this[tag] is not DicomElement e) return [];
        if (e.VR.Kind == DicomVRKind.Binary) return FormatBinary(e);
        if (e.VR.Kind != DicomVRKind.Text) return [];
        var text = DecodeText(e);
        if (!e.VR.IsMultiValuedText) return text.Length == 0 ? [] : [DicomText.TrimValue(text, e.VR)];
        var values = DicomText.SplitValues(text);
        for (var i = 0; i < values.Length; i++) values[i] = DicomText.TrimValue(values[i], e.VR);
        return values.Length == 1 && values[0].Length == 0 ? [] : values;
    }

    /// <summary>The first value, or null when absent or empty.</summary>
    public string? GetFirstString(DicomTag tag)
    {
        var values = GetStrings(tag);
        return values.Length > 0 ? values[0] : null;
    }

    /// <summary>The text of an element decoded with the character set in force, padding kept.</summary>
    public string DecodeText(DicomElement element) =>
        element.VR.UsesSpecificCharacterSet
            ? CharacterSet.Decode(element.Value.Span, element.VR)
            : DicomText.DecodeAscii(element.Value.Span);

    /// <summary>Sets a text element; values are joined with '\', encoded in the character set in force.</summary>
    public DicomDataset AddOrUpdate(DicomTag tag, DicomVR vr, params string[] values)
    {
        if (vr.Kind == DicomVRKind.Text)
        {
            var text = string.Join(DicomText.ValueSeparator, values);
            var bytes = vr.UsesSpecificCharacterSet ? CharacterSet.Encode(text, vr) : System.Text.Encoding.Latin1.GetBytes(text);
            return AddOrUpdate(new DicomElement(tag, vr, bytes));
        }
        if (vr.Kind == DicomVRKind.Binary)
        {
            return AddOrUpdate(DicomBinary.FromText(tag, vr, values));
        }
        throw new ArgumentException($"{vr} values are not text; pass bytes or numbers for {tag}.", nameof(vr));
    }

    /// <summary>Sets a text element whose VR the dictionary knows.</summary>
    public DicomDataset AddOrUpdate(DicomTag tag, params string[] values) => AddOrUpdate(tag, DicomDictionary.DefaultVR(tag), values);

    public DicomDataset AddOrUpdate(DicomTag tag, DicomVR vr, ReadOnlyMemory<byte> value) => AddOrUpdate(new DicomElement(tag, vr, value));

    /// <summary>Raw value bytes (little endian for binary VRs). Without this overload a byte[] would bind to the
    /// numeric one and each byte would become one value of the VR.</summary>
    public DicomDataset AddOrUpdate(DicomTag tag, DicomVR vr, byte[] value) => AddOrUpdate(new DicomElement(tag, vr, value));

    private static string TrimWhole(string text, DicomVR vr)
    {
        if (!vr.IsMultiValuedText) return DicomText.TrimValue(text, vr);
        if (text.IndexOf(DicomText.ValueSeparator) < 0) return DicomText.TrimValue(text, vr);
        return string.Join(DicomText.ValueSeparator, DicomText.SplitValues(text).Select(v => DicomText.TrimValue(v, vr)));
    }

    private static string[] FormatBinary(DicomElement e)
    {
        var count = DicomBinary.Count(e);
        var result = new string[count];
        for (var i = 0; i < count; i++) result[i] = DicomBinary.Format(e, i, CultureInfo.InvariantCulture);
        return result;
    }
}
