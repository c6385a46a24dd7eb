using System.Text.RegularExpressions;

namespace PacsLab.Scenarios.Loading;

/// <summary>A scenario id: lower-case words (letters and digits) joined by '-', and the name of its file (ID.yaml).</summary>
public static partial class ScenarioIdRule
{
    public static bool IsValid(string id) => IdPattern().IsMatch(id);

    /// <summary>The id written in lower-case words, for a message: "CT AE Reset" gives "ct-ae-reset".</summary>
    public static string Suggest(string id)
    {
        var words = NotWordCharacters().Split(id.ToLowerInvariant()).Where(w => w.Length > 0).ToArray();
        return words.Length == 0 ? "ct-ae-title-reset" : string.Join('-', words);
    }

    /// <summary>
    /// What is wrong when a scenario read from <paramref name="source"/> (a path ending in .yaml or .yml) is not named
    /// after its id; null when it is, or when the source is not a file name.
    /// </summary>
    public static string? FileNameProblem(string id, string source)
    {
        var extension = Path.GetExtension(source);
        if (!extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".yml", StringComparison.OrdinalIgnoreCase)) return null;
        var fileName = Path.GetFileNameWithoutExtension(source);
        return fileName == id
            ? null
            : $"the id '{id}' does not match the file name '{Path.GetFileName(source)}'; a scenario file is named after its id, " +
              $"so rename the file to '{id}{extension}' or set the id to '{fileName}'";
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotWordCharacters();
}
