namespace PacsLab.Scenarios.Loading;

/// <summary>"Did you mean" for a name that is a near miss of a valid one (a typo, a wrong case, a missing letter).</summary>
internal static class NearestName
{
    /// <summary>" Did you mean 'x'?" with a leading space, or "" when no candidate is close.</summary>
    public static string DidYouMean(string value, IEnumerable<string> candidates) =>
        Find(value, candidates) is { } near ? $" Did you mean '{near}'?" : "";

    public static string? Find(string value, IEnumerable<string> candidates)
    {
        if (value.Length == 0) return null;
        var budget = Math.Max(2, value.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(value.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance <= budget && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>Levenshtein distance: insertions, deletions and substitutions, one each.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
