using System.Globalization;
using PacsLab.Department.Configuration;
using PacsLab.Scenarios.Catalog;

namespace PacsLab.Scenarios.Loading;

/// <summary>
/// The form of one parameter value by its <see cref="ParameterKind"/> (a number, a flag, a port, an AE title, a
/// date, a choice). Names that must refer to something (devices, patients, orders, studies, series) are the
/// validator's, which knows the scenario.
/// </summary>
internal static class ParameterValueRule
{
    /// <summary>What is wrong with <paramref name="value"/>, or null when its form is right (or its kind is a reference).</summary>
    public static string? Problem(ParameterSpec spec, string value) => spec.Kind switch
    {
        ParameterKind.Integer when !int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) =>
            $"'{value}' is not a whole number; '{spec.Name}' takes a whole number such as 3",
        ParameterKind.Flag when StepArguments.TryParseFlag(value) is null =>
            $"'{value}' is not a flag; '{spec.Name}' takes true or false (yes/no and on/off also work)",
        ParameterKind.Port when !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535 =>
            $"'{value}' is not a TCP port; '{spec.Name}' takes a whole number from 1 to 65535",
        ParameterKind.AeTitle when AeTitleRule.Problem(value) is { } problem =>
            $"{problem} (PS3.5 AE value representation); '{spec.Name}' takes an AE title such as CT_ROOM1",
        ParameterKind.Date when !DicomDateRule.IsValid(value) =>
            $"'{value}' is not a DICOM date; '{spec.Name}' takes a date written YYYYMMDD, e.g. 19750314",
        ParameterKind.Choice when !spec.Choices.Contains(value, StringComparer.Ordinal) =>
            $"'{value}' is not one of {string.Join(", ", spec.Choices)}.{NearestName.DidYouMean(value, spec.Choices)}",
        _ => null,
    };
}
