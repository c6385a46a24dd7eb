using System.Diagnostics.CodeAnalysis;
using PacsLab.Dicom;

namespace PacsLab.Cli;

/// <summary>
/// Reads a -k key as DCMTK's findscu, movescu and getscu take it: TAG=VALUE, TAG by PS3.6 keyword or as gggg,eeee,
/// VALUE possibly empty (or TAG alone) to ask for the attribute back, several values separated by '\'.
/// </summary>
internal static class QueryKeyParser
{
    private const string Form = "write it as -k TAG=VALUE, e.g. -k PatientID=12345, -k 0010,0020=12345, or -k PatientName= to have it returned";

    public static bool TryParse(string text, [NotNullWhen(true)] out QueryKey? key, [NotNullWhen(false)] out string? problem)
    {
        key = null;
        var equals = text.IndexOf('=');
        var tagText = (equals < 0 ? text : text[..equals]).Trim();
        var valueText = equals < 0 ? "" : text[(equals + 1)..];
        if (tagText.Length == 0)
        {
            problem = $"-k '{text}': there is no attribute before the '='; {Form}.";
            return false;
        }
        if (!TryFindEntry(tagText, out var tag, out var entry, out problem))
        {
            problem = $"-k '{text}': {problem}";
            return false;
        }

        var name = entry.Keyword.Length > 0 ? $"{entry.Keyword} {tag}" : tag.ToString();
        if (tag.Group is 0x0000 or 0x0002)
        {
            problem = $"-k '{text}': {name} belongs to the {(tag.Group == 0 ? "DIMSE command (PS3.7)" : "file meta information (PS3.10)")}, " +
                "not to a query identifier; use the attributes of patients, studies, series and instances.";
            return false;
        }
        if (entry.ValueRepresentations.Count == 0)
        {
            problem = $"-k '{text}': {name} is an item delimiter with no value; it cannot be a query key.";
            return false;
        }

        var vr = entry.DefaultVR;
        string[] values = valueText.Length == 0 ? [] : valueText.Split('\\');
        if (values.Length > 0 && FindValueProblem(tag, vr, name, values) is { } valueProblem)
        {
            problem = $"-k '{text}': {valueProblem}";
            return false;
        }
        key = new QueryKey(tag, vr, name, values);
        return true;
    }

    private static bool TryFindEntry(string tagText, out DicomTag tag, [NotNullWhen(true)] out DicomDictionaryEntry? entry, [NotNullWhen(false)] out string? problem)
    {
        problem = null;
        if (DicomDictionary.TryGetByKeyword(tagText, out entry))
        {
            tag = entry.Tag;
            return true;
        }
        if (DicomTag.TryParse(tagText, out tag))
        {
            if (DicomDictionary.TryGet(tag, out entry)) return true;
            problem = $"{tag} is not in the PS3.6 data dictionary (a private or unknown tag), so PacsLab does not know its VR; " +
                "query keys must be standard attributes.";
            return false;
        }
        var suggestions = KeywordSuggestions.For(tagText);
        var didYouMean = suggestions.Count switch
        {
            0 => "",
            1 => $" Did you mean {suggestions[0]}?",
            _ => $" Did you mean {string.Join(", ", suggestions.Take(suggestions.Count - 1))} or {suggestions[^1]}?",
        };
        problem = $"'{tagText}' is not a DICOM keyword.{didYouMean} Keywords are spelled as in PS3.6, capitals included " +
            "(PatientName, StudyInstanceUID), or give the tag as gggg,eeee (0010,0010).";
        return false;
    }

    private static string? FindValueProblem(DicomTag tag, DicomVR vr, string name, string[] values)
    {
        switch (vr.Kind)
        {
            case DicomVRKind.Sequence:
                return $"{name} is a sequence (SQ): -k can ask for it to be returned ({Keyword(name)}=) but not match on the items in it.";
            case DicomVRKind.Bulk:
                return $"{name} is {vr.Code}, binary data: -k can ask for it to be returned ({Keyword(name)}=) but not match on it.";
            case DicomVRKind.Binary:
                try
                {
                    DicomBinary.FromText(tag, vr, values);
                    return null;
                }
                catch (Exception ex) when (ex is FormatException or OverflowException)
                {
                    return $"{name} is {vr.Code}, {(vr == DicomVR.AT ? "a tag written gggg,eeee" : "a number")}; '{string.Join('\\', values)}' is not a value it can hold.";
                }
            default:
                return null;
        }
    }

    private static string Keyword(string name) => name.Split(' ')[0];
}
