using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace PacsLab.Dicom;

/// <summary>
/// The value column of a dump line: text in brackets, binary numbers joined with '\', OB/UN and fragments as hex
/// bytes and OW as hex words. Long values are cut with "..."; bulk values are only formatted as far as shown.
/// </summary>
internal static class DicomDumpValue
{
    public const string NoValue = "(no value available)";

    public static (string Text, int Multiplicity) Render(DicomDataset dataset, DicomElement element, int maxWidth)
    {
        if (element.IsEmpty) return (NoValue, 0);
        return element.VR.Kind switch
        {
            DicomVRKind.Text => RenderText(dataset, element, maxWidth),
            DicomVRKind.Binary => (Cut(JoinValues(element, maxWidth), maxWidth), DicomBinary.Count(element)),
            _ => (RenderBulk(element, maxWidth), 1),
        };
    }

    public static string RenderBytes(ReadOnlySpan<byte> bytes, int maxWidth)
    {
        if (bytes.IsEmpty) return NoValue;
        var text = new StringBuilder();
        for (var i = 0; i < bytes.Length && !Full(text, maxWidth); i++)
        {
            if (i > 0) text.Append(DicomText.ValueSeparator);
            text.Append(bytes[i].ToString("x2", CultureInfo.InvariantCulture));
        }
        return Cut(text.ToString(), maxWidth);
    }

    private static (string, int) RenderText(DicomDataset dataset, DicomElement element, int maxWidth)
    {
        var vr = element.VR;
        var decoded = dataset.DecodeText(element);
        string shown;
        int multiplicity;
        if (vr.IsMultiValuedText)
        {
            var values = DicomText.SplitValues(decoded);
            for (var i = 0; i < values.Length; i++) values[i] = DicomText.TrimValue(values[i], vr);
            shown = string.Join(DicomText.ValueSeparator, values);
            multiplicity = values.Length;
        }
        else
        {
            shown = DicomText.TrimValue(decoded, vr);
            multiplicity = 1;
        }
        var text = Cut("[" + Printable(shown) + "]", maxWidth);
        if (vr == DicomVR.UI && multiplicity == 1 && DicomDictionary.TryGetUid(shown, out var uid)) text += " =" + uid.Keyword;
        return (text, multiplicity);
    }

    private static string JoinValues(DicomElement element, int maxWidth)
    {
        var text = new StringBuilder();
        var count = DicomBinary.Count(element);
        for (var i = 0; i < count && !Full(text, maxWidth); i++)
        {
            if (i > 0) text.Append(DicomText.ValueSeparator);
            text.Append(element.VR == DicomVR.AT
                ? DicomDumpNames.Tag(DicomBinary.ReadTag(element, i))
                : DicomBinary.Format(element, i, CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }

    private static string RenderBulk(DicomElement element, int maxWidth)
    {
        var vr = element.VR;
        if (vr == DicomVR.OB || vr == DicomVR.UN) return RenderBytes(element.Value.Span, maxWidth);
        if (vr != DicomVR.OW) return Cut(JoinValues(element, maxWidth), maxWidth);
        var span = element.Value.Span;
        var text = new StringBuilder();
        for (var i = 0; i + 1 < span.Length && !Full(text, maxWidth); i += 2)
        {
            if (i > 0) text.Append(DicomText.ValueSeparator);
            text.Append(BinaryPrimitives.ReadUInt16LittleEndian(span[i..]).ToString("x4", CultureInfo.InvariantCulture));
        }
        return Cut(text.ToString(), maxWidth);
    }

    private static bool Full(StringBuilder text, int maxWidth) => maxWidth > 0 && text.Length > maxWidth;

    private static string Cut(string text, int maxWidth) =>
        maxWidth > 0 && text.Length > maxWidth ? string.Concat(text.AsSpan(0, maxWidth), "...") : text;

    /// <summary>One element per line: control characters (CR, LF, TAB in LT/ST/UT) show as '.'.</summary>
    private static string Printable(string text)
    {
        if (!text.Any(char.IsControl)) return text;
        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = char.IsControl(source[i]) ? '.' : source[i];
        });
    }
}
