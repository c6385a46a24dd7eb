using PacsLab.Dicom;

namespace PacsLab.Department.Ris.Worklist;

/// <summary>The keys of a worklist query as a log line shows them: <c>PatientName=DOE*, ScheduledProcedureStepSequence>Modality=CT</c>.</summary>
internal static class WorklistKeyText
{
    public static string Describe(DicomDataset identifier)
    {
        var keys = Keys(identifier, "").ToList();
        return keys.Count == 0 ? "(no matching keys: every item)" : string.Join(", ", keys);
    }

    public static string Name(DicomTag tag) => DicomDictionary.TryGet(tag, out var entry) && entry.Keyword.Length > 0 ? entry.Keyword : tag.ToString();

    private static IEnumerable<string> Keys(DicomDataset keys, string prefix)
    {
        foreach (var key in keys)
        {
            if (key.Tag == DicomTags.SpecificCharacterSet || key.Tag.IsGroupLength) continue;
            if (key is DicomSequence sequence)
            {
                foreach (var nested in sequence.Items.SelectMany(item => Keys(item, $"{prefix}{Name(key.Tag)}>"))) yield return nested;
            }
            else if (key is DicomElement { IsEmpty: false } && keys.GetString(key.Tag) is { Length: > 0 } value)
            {
                yield return $"{prefix}{Name(key.Tag)}={value}";
            }
        }
    }
}
