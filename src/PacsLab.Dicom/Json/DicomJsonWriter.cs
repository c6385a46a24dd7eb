using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PacsLab.Dicom;

/// <summary>
/// Writes data sets in the DICOM JSON model (PS3.18 Annex F): one member per element keyed "GGGGEEEE", with "vr"
/// and then "Value" (text, numbers, PN objects, AT as "GGGGEEEE", items), "InlineBinary" (base64) or
/// "BulkDataURI". An empty element has neither (F.2.5); an empty value among several is null.
/// </summary>
public static class DicomJsonWriter
{
    // Text stays readable (names in any script, '+' in DS); the output is JSON for APIs and files, never HTML.
    private static readonly JsonWriterOptions IndentedText = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions CompactText = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ToJson(DicomDataset dataset, DicomJsonOptions? options = null)
    {
        options ??= DicomJsonOptions.Default;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options.WriteIndented ? IndentedText : CompactText))
        {
            Write(writer, dataset, options);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>A JSON array of data sets, the form of a DICOMweb search response.</summary>
    public static string ToJson(IEnumerable<DicomDataset> datasets, DicomJsonOptions? options = null)
    {
        options ??= DicomJsonOptions.Default;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options.WriteIndented ? IndentedText : CompactText))
        {
            writer.WriteStartArray();
            foreach (var dataset in datasets) Write(writer, dataset, options);
            writer.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes the data set as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, DicomDataset dataset, DicomJsonOptions? options = null)
    {
        options ??= DicomJsonOptions.Default;
        writer.WriteStartObject();
        foreach (var item in dataset) WriteItem(writer, dataset, item, options);
        writer.WriteEndObject();
    }

    /// <summary>The member name of a tag: eight upper-case hex digits (PS3.18 F.2.1.1).</summary>
    public static string Key(DicomTag tag) => tag.Value.ToString("X8", CultureInfo.InvariantCulture);

    private static void WriteItem(Utf8JsonWriter writer, DicomDataset dataset, DicomItem item, DicomJsonOptions options)
    {
        writer.WritePropertyName(Key(item.Tag));
        writer.WriteStartObject();
        writer.WriteString("vr", item.VR.Code);
        switch (item)
        {
            case DicomSequence sequence when sequence.Items.Count > 0:
                writer.WriteStartArray("Value");
                foreach (var child in sequence.Items) Write(writer, child, options);
                writer.WriteEndArray();
                break;
            case DicomFragmentSequence fragments:
                WriteBinary(writer, fragments, DicomJsonEncapsulated.Encode(fragments), options);
                break;
            case DicomElement { IsEmpty: false } element:
                WriteElementValue(writer, dataset, element, options);
                break;
        }
        writer.WriteEndObject();
    }

    private static void WriteElementValue(Utf8JsonWriter writer, DicomDataset dataset, DicomElement element, DicomJsonOptions options)
    {
        switch (element.VR.Kind)
        {
            case DicomVRKind.Text:
                WriteText(writer, dataset, element);
                break;
            case DicomVRKind.Binary:
                WriteNumbers(writer, element);
                break;
            default:
                WriteBinary(writer, element, element.Value, options);
                break;
        }
    }

    private static void WriteText(Utf8JsonWriter writer, DicomDataset dataset, DicomElement element)
    {
        var vr = element.VR;
        var values = TextValues(dataset.DecodeText(element), vr);
        if (values.Length == 0 || (values.Length == 1 && values[0].Length == 0)) return;
        writer.WriteStartArray("Value");
        foreach (var value in values)
        {
            if (value.Length == 0) writer.WriteNullValue();
            else if (vr == DicomVR.PN) DicomJsonPersonName.Write(writer, value);
            else if ((vr == DicomVR.DS || vr == DicomVR.IS) && DicomJsonNumbers.ToJsonNumber(value) is { } number)
                writer.WriteRawValue(number, skipInputValidation: true);
            else writer.WriteStringValue(value);
        }
        writer.WriteEndArray();
    }

    private static string[] TextValues(string text, DicomVR vr)
    {
        if (!vr.IsMultiValuedText) return [DicomText.TrimValue(text, vr)];
        var values = DicomText.SplitValues(text);
        for (var i = 0; i < values.Length; i++) values[i] = DicomText.TrimValue(values[i], vr);
        return values;
    }

    private static void WriteNumbers(Utf8JsonWriter writer, DicomElement element)
    {
        var vr = element.VR;
        writer.WriteStartArray("Value");
        for (var i = 0; i < DicomBinary.Count(element); i++)
        {
            if (vr == DicomVR.AT) writer.WriteStringValue(Key(DicomBinary.ReadTag(element, i)));
            else if (vr == DicomVR.FL) WriteFloat(writer, DicomBinary.Read<float>(element, i));
            else if (vr == DicomVR.FD) WriteFloat(writer, DicomBinary.Read<double>(element, i));
            else if (vr == DicomVR.SS || vr == DicomVR.SL || vr == DicomVR.SV) writer.WriteNumberValue(DicomBinary.Read<long>(element, i));
            else writer.WriteNumberValue(DicomBinary.Read<ulong>(element, i));
        }
        writer.WriteEndArray();
    }

    /// <summary>JSON has no NaN or infinity; they are written as the strings "NaN", "Infinity", "-Infinity".</summary>
    private static void WriteFloat(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value)) writer.WriteNumberValue(value);
        else writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
    }

    private static void WriteFloat(Utf8JsonWriter writer, float value)
    {
        if (float.IsFinite(value)) writer.WriteNumberValue(value);
        else writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
    }

    private static void WriteBinary(Utf8JsonWriter writer, DicomItem item, ReadOnlyMemory<byte> bytes, DicomJsonOptions options)
    {
        if (options.BulkDataUri?.Invoke(item) is { } uri) writer.WriteString("BulkDataURI", uri);
        else writer.WriteBase64String("InlineBinary", bytes.Span);
    }
}
