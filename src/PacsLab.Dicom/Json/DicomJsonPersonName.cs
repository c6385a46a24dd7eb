using System.Text.Json;

namespace PacsLab.Dicom;

/// <summary>PN values as JSON objects with up to three component groups (PS3.18 F.2.2, Table F.2.2-1).</summary>
internal static class DicomJsonPersonName
{
    public static readonly string[] GroupNames = ["Alphabetic", "Ideographic", "Phonetic"];

    /// <summary>Writes "Doe^John=ドウ^ジョン" as {"Alphabetic":"Doe^John","Ideographic":"ドウ^ジョン"}; empty groups are left out.</summary>
    public static void Write(Utf8JsonWriter writer, string value)
    {
        var groups = value.Split('=', 3);
        writer.WriteStartObject();
        for (var i = 0; i < groups.Length; i++)
        {
            if (groups[i].Length > 0) writer.WriteString(GroupNames[i], groups[i]);
        }
        writer.WriteEndObject();
    }

    /// <summary>The DICOM form of a PN object, trailing empty groups dropped; a plain string is taken as it is.</summary>
    public static string Read(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String) return value.GetString()!;
        if (value.ValueKind != JsonValueKind.Object)
            throw new FormatException($"a PN value must be an object with Alphabetic, Ideographic or Phonetic, not {value.ValueKind}.");
        var groups = new string[GroupNames.Length];
        for (var i = 0; i < groups.Length; i++)
        {
            groups[i] = value.TryGetProperty(GroupNames[i], out var group) && group.ValueKind == JsonValueKind.String ? group.GetString()! : "";
        }
        var last = groups.Length - 1;
        while (last > 0 && groups[last].Length == 0) last--;
        return string.Join('=', groups[..(last + 1)]);
    }
}
