namespace PacsLab.Interop.Tests;

/// <summary>Compares two normalized readings of the same file element by element, keyed by path.</summary>
public static class NormalizedComparison
{
    /// <summary>One line per disagreement: "path: ours ... | peer ...", or a side that lacks the element.</summary>
    public static List<string> Differences(IEnumerable<NormalizedElement> ours, IEnumerable<NormalizedElement> peer, string peerName = "peer")
    {
        var mine = ToMap(ours, "ours");
        var theirs = ToMap(peer, peerName);
        var differences = new List<string>();
        foreach (var path in mine.Keys.Union(theirs.Keys).Order(StringComparer.Ordinal))
        {
            var a = mine.GetValueOrDefault(path);
            var b = theirs.GetValueOrDefault(path);
            if (a is null) differences.Add($"{path}: missing in ours | {peerName} {Value(b!)}");
            else if (b is null) differences.Add($"{path}: ours {Value(a)} | missing in {peerName}");
            else if (!a.SameAs(b)) differences.Add($"{path}: ours {Value(a)} | {peerName} {Value(b)}");
        }
        return differences;
    }

    /// <summary>Fails the test with every difference listed, so one run shows all of them.</summary>
    public static void AssertSame(IEnumerable<NormalizedElement> ours, IEnumerable<NormalizedElement> peer, string what, string peerName = "pydicom")
    {
        var peerElements = peer.ToList();
        Assert.True(peerElements.Count > 0, $"{what}: {peerName} listed no elements, so there is nothing to compare.");
        var differences = Differences(ours, peerElements, peerName);
        Assert.True(differences.Count == 0,
            $"{what}: {differences.Count} element(s) differ between PacsLab and {peerName}:\n" + string.Join('\n', differences.Take(60)));
    }

    private static Dictionary<string, NormalizedElement> ToMap(IEnumerable<NormalizedElement> elements, string side)
    {
        var map = new Dictionary<string, NormalizedElement>(StringComparer.Ordinal);
        foreach (var e in elements)
        {
            if (!map.TryAdd(e.Path, e)) throw new InvalidOperationException($"{side} lists {e.Path} twice.");
        }
        return map;
    }

    private static string Value(NormalizedElement e) => $"{e.VR} {e.Kind} {e.ValueText}";
}
