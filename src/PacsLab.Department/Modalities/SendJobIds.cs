using System.Globalization;

namespace PacsLab.Department.Modalities;

/// <summary>Send job ids: the creation time to the second and a random suffix, sortable, safe as a folder name.</summary>
public static class SendJobIds
{
    public static string New(DateTimeOffset now) =>
        $"{now.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}-{Guid.NewGuid().ToString("N")[..8]}";

    public static bool IsValid(string? id) =>
        id is { Length: > 0 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && id[0] != '-';
}
