using System.Text.Json;
using PacsLab.TestKit;

namespace PacsLab.Interop.Tests;

/// <summary>Runs Peers/pydicom_values.py under Debian's pydicom and parses the normalized lines it prints.</summary>
public static class PydicomValues
{
    public static string ScriptPath => Path.Combine(AppContext.BaseDirectory, "Peers", "pydicom_values.py");

    public static async Task<PydicomReading> ReadAsync(string file, bool force = false, CancellationToken cancellationToken = default) =>
        (await ReadManyAsync([file], force, cancellationToken).ConfigureAwait(false))[file];

    /// <summary>Reads many files in one Python process (pydicom takes a while to import).</summary>
    public static async Task<IReadOnlyDictionary<string, PydicomReading>> ReadManyAsync(IReadOnlyList<string> files, bool force = false,
        CancellationToken cancellationToken = default)
    {
        var python = await TestKit.Interop.RequirePydicomAsync(cancellationToken).ConfigureAwait(false);
        var arguments = new List<string> { ScriptPath };
        if (force) arguments.Add("--force");
        arguments.AddRange(files);
        var result = await PeerProcess.RunAsync(python, arguments, TimeSpan.FromMinutes(3), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded) throw new InvalidOperationException($"pydicom_values.py failed:\n{result.Describe()}");
        return Parse(result.StandardOutput);
    }

    public static IReadOnlyDictionary<string, PydicomReading> Parse(string output)
    {
        var errors = new Dictionary<string, string?>();
        var elements = new Dictionary<string, List<NormalizedElement>>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var file = root.GetProperty("file").GetString()!;
            if (root.TryGetProperty("status", out var status))
            {
                errors[file] = status.GetString() == "ok" ? null : root.GetProperty("error").GetString();
                elements.TryAdd(file, []);
                continue;
            }
            var vr = root.GetProperty("vr").GetString()!;
            var kind = root.GetProperty("kind").GetString()!;
            var values = root.GetProperty("value").EnumerateArray().Select(v => ValueText(v, vr, kind)).ToList();
            elements[file].Add(new NormalizedElement(root.GetProperty("path").GetString()!, vr, kind, values));
        }
        return errors.ToDictionary(e => e.Key, e => new PydicomReading(e.Key, e.Value, elements[e.Key]));
    }

    private static string ValueText(JsonElement value, string vr, string kind) => value.ValueKind switch
    {
        JsonValueKind.Number => CanonicalValue.FromJsonNumber(value.GetRawText()),
        JsonValueKind.String when kind == "text" => CanonicalValue.Text(value.GetString()!, vr),
        JsonValueKind.String => value.GetString()!,
        _ => throw new FormatException($"unexpected JSON value {value.GetRawText()} for a {vr} element"),
    };
}
