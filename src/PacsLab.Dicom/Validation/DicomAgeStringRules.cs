namespace PacsLab.Dicom;

/// <summary>AS values: exactly 3 digits then D, W, M or Y (PS3.5 Table 6.2-1).</summary>
internal static class DicomAgeStringRules
{
    public static DicomValueFault? Check(string value)
    {
        var ok = value.Length == 4 && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[1]) && char.IsAsciiDigit(value[2])
            && value[3] is 'D' or 'W' or 'M' or 'Y';
        return ok
            ? null
            : new(DicomValidationProblemKind.BadAgeString,
                "is not an age string; AS values are exactly 4 characters: 3 digits then D (days), W (weeks), M (months) or Y (years), e.g. 045Y (PS3.5 Table 6.2-1).");
    }
}
