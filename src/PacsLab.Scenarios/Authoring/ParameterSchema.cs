using System.Text.Json.Nodes;
using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Loading;

namespace PacsLab.Scenarios.Authoring;

/// <summary>
/// The JSON Schema of a catalog list's entries: <c>type</c> (or <c>action</c>) an enum of the catalog's names, and one
/// <c>if/then</c> per name with its parameters. Editors read YAML scalars as YAML 1.2 does, so a number-like text
/// (an accession number 12345) is allowed where text is.
/// </summary>
internal sealed class ParameterSchema(ScenarioReferences references)
{
    /// <param name="entries">The catalog list.</param>
    /// <param name="typeField">The field that names the entry: <c>type</c> or <c>action</c>.</param>
    /// <param name="reserved">The entry's own fields besides its parameters (id, pass, fail, ...), with their schemas.</param>
    /// <param name="reservedRequired">Which of them are required.</param>
    public JsonObject Entry<T>(IReadOnlyDictionary<string, T> entries, string typeField, string description, JsonObject reserved, params string[] reservedRequired)
        where T : ICatalogEntry
    {
        var names = new JsonArray(entries.Keys.Select(k => (JsonNode)k).ToArray());
        var properties = new JsonObject { [typeField] = new JsonObject { ["description"] = $"The catalog entry: {string.Join(", ", entries.Keys)}.", ["enum"] = names } };
        foreach (var (name, schema) in reserved) properties[name] = schema!.DeepClone();
        var cases = new JsonArray();
        foreach (var (type, entry) in entries) cases.Add(Case(typeField, type, entry, reserved));
        return new JsonObject
        {
            ["type"] = "object",
            ["description"] = description,
            ["required"] = Array([typeField, .. reservedRequired]),
            ["properties"] = properties,
            ["allOf"] = cases,
        };
    }

    private JsonObject Case(string typeField, string type, ICatalogEntry entry, JsonObject reserved)
    {
        var properties = new JsonObject { [typeField] = true };
        foreach (var (name, _) in reserved) properties[name] = true;
        foreach (var spec in entry.Parameters) properties[spec.Name] = Value(spec);
        return new JsonObject
        {
            ["if"] = new JsonObject { ["properties"] = new JsonObject { [typeField] = new JsonObject { ["const"] = type } }, ["required"] = Array([typeField]) },
            ["then"] = new JsonObject
            {
                ["description"] = entry.Summary,
                ["required"] = Array(entry.Parameters.Where(p => p.Required).Select(p => p.Name)),
                ["properties"] = properties,
                ["additionalProperties"] = false,
            },
        };
    }

    public JsonObject Value(ParameterSpec spec)
    {
        var one = Single(spec);
        var schema = spec.IsList ? new JsonObject { ["type"] = "array", ["items"] = one } : one;
        schema.Insert(0, "description", $"{spec.Description} ({ParameterKindText.Describe(spec)})");
        return schema;
    }

    private JsonObject Single(ParameterSpec spec) => spec.Kind switch
    {
        ParameterKind.Integer => new JsonObject { ["type"] = "integer" },
        ParameterKind.Port => new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = 65535 },
        ParameterKind.Flag => new JsonObject
        {
            ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "boolean" }, new JsonObject { ["enum"] = Array(["true", "false", "yes", "no", "on", "off"]) }),
        },
        ParameterKind.Device => new JsonObject { ["enum"] = Array(Devices(spec)) },
        ParameterKind.Choice => new JsonObject { ["enum"] = Array(spec.Choices) },
        ParameterKind.AeTitle => AeTitle(),
        ParameterKind.Date => new JsonObject { ["type"] = Array(["string", "integer"]), ["pattern"] = "^[0-9]{8}$" },
        ParameterKind.Study or ParameterKind.Series or ParameterKind.NewStudyName or ParameterKind.NewSeriesName =>
            new JsonObject { ["type"] = "string", ["minLength"] = 1 },
        _ => new JsonObject { ["type"] = Array(["string", "number"]) },
    };

    /// <summary>PS3.5 AE: 1-16 printable ASCII characters without backslash, not only spaces.</summary>
    public static JsonObject AeTitle() => new()
    {
        ["type"] = "string",
        ["minLength"] = 1,
        ["maxLength"] = 16,
        ["pattern"] = @"^[ -\[\]-~]*[!-\[\]-~][ -\[\]-~]*$",
    };

    private IEnumerable<string> Devices(ParameterSpec spec) =>
        spec.Description.Contains(ScenarioReferences.Workstation, StringComparison.OrdinalIgnoreCase)
            ? [.. references.Devices, ScenarioReferences.Workstation]
            : references.Devices;

    public static JsonArray Array(IEnumerable<string> values) => new(values.Select(v => (JsonNode)v).ToArray());
}
