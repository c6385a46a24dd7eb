namespace PacsLab.Dicom.Query;

/// <summary>
/// The values of a candidate's attribute as matching sees them: decoded with the candidate's own Specific
/// Character Set, padding trimmed (PS3.5 6.2), empty values dropped. Absent, zero-length, sequence and bulk
/// attributes give no values.
/// </summary>
internal static class CandidateValues
{
    public static IReadOnlyList<string> Read(DicomDataset candidate, DicomTag tag)
    {
        var values = candidate.GetStrings(tag);
        return values.Any(v => v.Length == 0) ? values.Where(v => v.Length > 0).ToArray() : values;
    }
}
