using PacsLab.Dicom;

namespace PacsLab.Cli;

/// <summary>Dictionary keywords close to one that was mistyped: same letters in another case, or a few edits away.</summary>
internal static class KeywordSuggestions
{
    private const int MaxSuggestions = 3;

    public static IReadOnlyList<string> For(string typed)
    {
        var keywords = DicomDictionary.Entries.Where(e => !e.IsRange && e.Keyword.Length > 0).Select(e => e.Keyword).Distinct().ToList();
        var sameLetters = keywords.Where(k => string.Equals(k, typed, StringComparison.OrdinalIgnoreCase)).ToList();
        if (sameLetters.Count > 0) return sameLetters;

        // A quarter of the word may be wrong, at least 2 letters: "PatientNme", "StudyDescripton", "Modalty".
        var allowed = Math.Max(2, typed.Length / 4);
        var lower = typed.ToLowerInvariant();
        var close = keywords
            .Select(k => (Keyword: k, Distance: EditDistance(lower, k.ToLowerInvariant(), allowed)))
            .Where(c => c.Distance <= allowed)
            .ToList();
        if (close.Count == 0) return [];
        // Only the closest: "PatientNme" is one letter from PatientName and two from PatientAge.
        var best = close.Min(c => c.Distance);
        return close.Where(c => c.Distance == best)
            .OrderBy(c => c.Keyword.Length).ThenBy(c => c.Keyword, StringComparer.Ordinal)
            .Take(MaxSuggestions)
            .Select(c => c.Keyword)
            .ToList();
    }

    /// <summary>Levenshtein distance, or anything above <paramref name="limit"/> once it is sure to be larger.</summary>
    private static int EditDistance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }
            if (rowMinimum > limit) return limit + 1;
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
