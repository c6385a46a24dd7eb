namespace PacsLab.Dicom;

/// <summary>The structure of a PN value (PS3.5 6.2.1): up to 3 groups split by '=', each up to 5 components split by '^'.</summary>
internal static class DicomPersonNameRules
{
    private static readonly string[] GroupNames = ["alphabetic", "ideographic", "phonetic"];

    public static IEnumerable<DicomValueFault> Check(string value)
    {
        var groups = value.Split('=');
        if (groups.Length > 3)
            yield return new(DicomValidationProblemKind.TooManyComponents,
                $"has {groups.Length} component groups separated by '='; PN allows at most 3: alphabetic, ideographic and phonetic (PS3.5 6.2.1.1).");
        for (var g = 0; g < groups.Length && g < 3; g++)
        {
            var length = DicomValueLength.InCharacters(groups[g]);
            if (length > DicomVR.PN.MaxLength)
                yield return new(DicomValidationProblemKind.TooLong,
                    $"has an {GroupNames[g]} group of {length} characters; PN allows at most {DicomVR.PN.MaxLength} characters per component group (PS3.5 Table 6.2-1).");
            var components = groups[g].Split('^').Length;
            if (components > 5)
                yield return new(DicomValidationProblemKind.TooManyComponents,
                    $"has {components} components separated by '^' in its {GroupNames[g]} group; PN allows at most 5: family name, given name, middle name, prefix and suffix (PS3.5 6.2.1.1).");
        }
    }
}
