using PacsLab.Scenarios.Catalog;

namespace PacsLab.Scenarios.Authoring;

/// <summary>What each <see cref="ParameterKind"/> takes, in the words the authoring guide, the schema and the validator's messages use.</summary>
public static class ParameterKindText
{
    public static string Describe(ParameterSpec spec)
    {
        var one = spec.Kind switch
        {
            ParameterKind.Text => "text",
            ParameterKind.Integer => "a whole number",
            ParameterKind.Flag => "true or false (yes/no, on/off)",
            ParameterKind.Device => "a device of department.yaml",
            ParameterKind.AeTitle => "an AE title (1-16 characters, no backslash)",
            ParameterKind.Port => "a TCP port (1-65535)",
            ParameterKind.Patient => "a Patient ID (sample catalog or setup.patients)",
            ParameterKind.Order => "an accession number (sample catalog or setup.orders)",
            ParameterKind.Study => "a study named earlier",
            ParameterKind.NewStudyName => "a new name for the study this step makes",
            ParameterKind.Series => "a series named earlier",
            ParameterKind.NewSeriesName => "a new name for the series this step makes",
            ParameterKind.Date => "a date YYYYMMDD",
            ParameterKind.Choice => "one of " + string.Join(", ", spec.Choices),
            _ => spec.Kind.ToString(),
        };
        return spec.IsList ? $"a list of: {one}" : one;
    }
}
