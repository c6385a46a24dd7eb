using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PacsLab.Dicom;

/// <summary>
/// Reads the DICOM JSON model (PS3.18 Annex F) into data sets. The VR comes from "vr"; text is encoded with the
/// Specific Character Set the JSON names. JSON text is Unicode: when it holds characters that the named character
/// set (or, without (0008,0005), the default repertoire) cannot encode, the data set is encoded in UTF-8 instead
/// and (0008,0005) is set to "ISO_IR 192", so that no character is lost.
/// </summary>
public static class DicomJsonReader
{
    private const string Utf8Term = "ISO_IR 192";
    private static readonly string CharacterSetKey = DicomJsonWriter.Key(DicomTags.SpecificCharacterSet);

    /// <summary>Reads one data set from a JSON object.</summary>
    public static DicomDataset Read(string json, DicomJsonReaderOptions? options = null)
    {
        using var document = JsonDocument.Parse(json);
        return Read(document.RootElement, options);
    }

    public static async Task<DicomDataset> ReadAsync(Stream utf8Json, DicomJsonReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var document = await JsonDocument.ParseAsync(utf8Json, default, cancellationToken).ConfigureAwait(false);
        return Read(document.RootElement, options);
    }

    public static DicomDataset Read(JsonElement root, DicomJsonReaderOptions? options = null)
    {
        options ??= DicomJsonReaderOptions.Default;
        if (root.ValueKind != JsonValueKind.Object)
            throw new FormatException($"A DICOM JSON data set is a JSON object, but this is {Describe(root.ValueKind)}.");
        var dataset = new Session(options, forceUtf8: false).ReadDataset(root, null, 0, out var needsUtf8);
        return needsUtf8 ? new Session(options, forceUtf8: true).ReadDataset(root, null, 0, out _) : dataset;
    }

    /// <summary>Reads a JSON array of data sets (a DICOMweb search response); a single object gives one.</summary>
    public static IReadOnlyList<DicomDataset> ReadArray(string json, DicomJsonReaderOptions? options = null)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Object) return [Read(root, options)];
        if (root.ValueKind != JsonValueKind.Array)
            throw new FormatException($"Expected a JSON array of DICOM data sets, but this is {Describe(root.ValueKind)}.");
        return root.EnumerateArray().Select(item => Read(item, options)).ToList();
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => kind.ToString(),
    };

    /// <summary>One pass over the JSON; notes when text needs UTF-8 so that the caller can read again with it.</summary>
    private sealed class Session(DicomJsonReaderOptions options, bool forceUtf8)
    {
        private bool _needsUtf8;

        public DicomDataset ReadDataset(JsonElement json, DicomDataset? parent, int depth, out bool needsUtf8)
        {
            var dataset = ReadDataset(json, parent, depth);
            needsUtf8 = _needsUtf8;
            return dataset;
        }

        private DicomDataset ReadDataset(JsonElement json, DicomDataset? parent, int depth)
        {
            if (depth > options.MaxSequenceDepth)
                throw new FormatException($"The DICOM JSON nests sequences more than {options.MaxSequenceDepth} deep.");
            // Items know their parent from the start so that their text is encoded in the character set in force.
            var dataset = new DicomDataset { Parent = parent };

            // The Specific Character Set goes first: the text after it is encoded with it.
            if (forceUtf8)
            {
                if (parent is null) dataset.AddOrUpdate(DicomTags.SpecificCharacterSet, DicomVR.CS, Utf8Term);
            }
            else if (json.TryGetProperty(CharacterSetKey, out var characterSet))
            {
                ReadElement(dataset, DicomTags.SpecificCharacterSet, characterSet, depth);
            }

            foreach (var member in json.EnumerateObject())
            {
                if (!DicomTag.TryParse(member.Name, out var tag) || member.Name.Length != 8)
                    throw new FormatException($"'{member.Name}' is not a DICOM JSON attribute name; names are eight hex digits, e.g. \"00100010\".");
                if (tag == DicomTags.SpecificCharacterSet) continue;
                ReadElement(dataset, tag, member.Value, depth);
            }
            return dataset;
        }

        private void ReadElement(DicomDataset dataset, DicomTag tag, JsonElement json, int depth)
        {
            if (json.ValueKind != JsonValueKind.Object)
                throw new FormatException($"{tag}: an attribute is a JSON object with \"vr\", not {Describe(json.ValueKind)}.");
            var vr = json.TryGetProperty("vr", out var vrJson) && vrJson.ValueKind == JsonValueKind.String
                ? DicomVR.FromCode(vrJson.GetString()) ?? throw new FormatException($"{tag}: \"{vrJson.GetString()}\" is not one of the 34 DICOM VRs.")
                : DicomDictionary.DefaultVR(tag);
            try
            {
                if (vr == DicomVR.SQ) ReadSequence(dataset, tag, json, depth);
                else dataset.AddOrUpdate(ReadValue(dataset, tag, vr, json));
            }
            catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentException or InvalidOperationException)
            {
                // Errors inside items come out with the path of tags leading to them.
                throw new FormatException($"{tag} {vr}: {ex.Message}", ex);
            }
        }

        private void ReadSequence(DicomDataset dataset, DicomTag tag, JsonElement json, int depth)
        {
            var sequence = new DicomSequence(tag);
            dataset.AddOrUpdate(sequence);
            if (!json.TryGetProperty("Value", out var items) || items.ValueKind == JsonValueKind.Null) return;
            foreach (var item in Array(items))
            {
                sequence.Add(item.ValueKind == JsonValueKind.Null ? new DicomDataset() : ReadDataset(item, dataset, depth + 1));
            }
        }

        private DicomItem ReadValue(DicomDataset dataset, DicomTag tag, DicomVR vr, JsonElement json)
        {
            if (json.TryGetProperty("InlineBinary", out var inline)) return FromBytes(tag, vr, inline.GetBytesFromBase64());
            if (json.TryGetProperty("BulkDataURI", out var uri))
                return options.BulkDataResolver is { } resolve
                    ? FromBytes(tag, vr, resolve(tag, vr, uri.GetString() ?? ""))
                    : new DicomElement(tag, vr, ReadOnlyMemory<byte>.Empty);
            if (!json.TryGetProperty("Value", out var value) || value.ValueKind == JsonValueKind.Null)
                return new DicomElement(tag, vr, ReadOnlyMemory<byte>.Empty);

            var values = Array(value).ToList();
            return vr.Kind switch
            {
                DicomVRKind.Text => new DicomElement(tag, vr, EncodeText(dataset, vr, values.Select(v => TextValue(vr, v)))),
                DicomVRKind.Binary => Numbers(tag, vr, values),
                _ => throw new FormatException($"{vr} values are written as \"InlineBinary\" or \"BulkDataURI\", not as \"Value\"."),
            };
        }

        /// <summary>Encapsulated pixel data comes back as fragments when the bytes are exactly its item structure.</summary>
        private static DicomItem FromBytes(DicomTag tag, DicomVR vr, ReadOnlyMemory<byte> bytes)
        {
            if (tag == DicomTags.PixelData && (vr == DicomVR.OB || vr == DicomVR.OW)
                && DicomJsonEncapsulated.TryDecode(bytes, out var offsetTable, out var fragments))
                return new DicomFragmentSequence(tag, vr, offsetTable, fragments);
            return new DicomElement(tag, vr, bytes);
        }

        private static string TextValue(DicomVR vr, JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.Null => "",
            _ when vr == DicomVR.PN => DicomJsonPersonName.Read(value),
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Number when vr == DicomVR.DS => DicomJsonNumbers.DecimalStringFromJson(value.GetRawText()),
            JsonValueKind.Number when vr == DicomVR.IS => DicomJsonNumbers.IntegerStringFromJson(value.GetRawText()),
            _ => throw new FormatException($"a {vr} value must be a JSON string, not {Describe(value.ValueKind)}."),
        };

        private byte[] EncodeText(DicomDataset dataset, DicomVR vr, IEnumerable<string> values)
        {
            var text = string.Join(DicomText.ValueSeparator, values);
            if (!vr.UsesSpecificCharacterSet) return Encoding.Latin1.GetBytes(text);
            var characterSet = dataset.CharacterSet;
            if (!forceUtf8 && !CanHold(characterSet, text, vr)) _needsUtf8 = true;
            try
            {
                return characterSet.Encode(text, vr);
            }
            catch (Exception ex) when (ex is ArgumentException or EncoderFallbackException or NotSupportedException && !forceUtf8)
            {
                // Replaced by the UTF-8 pass that follows.
                _needsUtf8 = true;
                return [];
            }
        }

        private static bool CanHold(DicomCharacterSet characterSet, string text, DicomVR vr)
        {
            if (characterSet.Terms.Count == 0) return text.All(char.IsAscii);
            try
            {
                return characterSet.Decode(characterSet.Encode(text, vr), vr) == text;
            }
            catch (Exception ex) when (ex is ArgumentException or EncoderFallbackException or DecoderFallbackException or NotSupportedException)
            {
                return false;
            }
        }

        private static DicomElement Numbers(DicomTag tag, DicomVR vr, List<JsonElement> values)
        {
            // A binary value has no way to hold an empty value among others (some writers emit one, e.g.
            // pydicom's test1.json has US [128, 0, 0, 32, null]): nulls are left out.
            values = values.Where(v => v.ValueKind != JsonValueKind.Null).ToList();
            if (vr == DicomVR.AT) return DicomBinary.FromTags(tag, values.Select(AttributeTag).ToList());
            if (vr == DicomVR.FL) return DicomBinary.FromValues(tag, vr, values.Select(v => float.Parse(NumberText(v), NumberStyles.Float, CultureInfo.InvariantCulture)).ToList());
            if (vr == DicomVR.FD) return DicomBinary.FromValues(tag, vr, values.Select(v => double.Parse(NumberText(v), NumberStyles.Float, CultureInfo.InvariantCulture)).ToList());
            if (vr == DicomVR.SS || vr == DicomVR.SL || vr == DicomVR.SV) return DicomBinary.FromValues(tag, vr, values.Select(v => Integer<long>(NumberText(v))).ToList());
            return DicomBinary.FromValues(tag, vr, values.Select(v => Integer<ulong>(NumberText(v))).ToList());
        }

        /// <summary>The text of a number; strings are accepted too (large SV/UV values, "NaN" for floats).</summary>
        private static string NumberText(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.String => value.GetString()!,
            _ => throw new FormatException($"expected a number, not {Describe(value.ValueKind)}."),
        };

        private static T Integer<T>(string text) where T : System.Numerics.INumber<T>
        {
            if (T.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exact)) return exact;
            var value = decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (value != decimal.Truncate(value)) throw new FormatException($"{text} is not an integer.");
            return T.CreateChecked(value);
        }

        private static DicomTag AttributeTag(JsonElement value)
        {
            var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
            if (text.Length == 8 && DicomTag.TryParse(text, out var tag)) return tag;
            throw new FormatException($"an AT value is a string of eight hex digits such as \"00100010\", not {value.GetRawText()}.");
        }

        private static IEnumerable<JsonElement> Array(JsonElement value) =>
            value.ValueKind == JsonValueKind.Array
                ? value.EnumerateArray()
                : throw new FormatException($"\"Value\" must be a JSON array, not {Describe(value.ValueKind)}.");
    }
}
