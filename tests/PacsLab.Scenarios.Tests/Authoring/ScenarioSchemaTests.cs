using System.Text.Json.Nodes;
using PacsLab.Scenarios.Authoring;
using PacsLab.Scenarios.Catalog;
using PacsLab.TestKit;

namespace PacsLab.Scenarios.Tests.Authoring;

public class ScenarioSchemaTests
{
    private static JsonNode Schema => JsonNode.Parse(ScenarioSchema.Generate(ScenarioCatalog.Default))!;

    [Fact]
    public void CommittedSchema_IsWhatTheCatalogGivesNow()
    {
        GeneratedFile.AssertCurrent(ScenarioSchema.RepositoryPath, ScenarioSchema.Generate(ScenarioCatalog.Default), nameof(CommittedSchema_IsWhatTheCatalogGivesNow));
    }

    [Theory]
    [InlineData("fault", "type")]
    [InlineData("action", "action")]
    [InlineData("objective", "type")]
    [InlineData("guard", "type")]
    public void Generate_EntryTypeEnum_IsTheCatalogsNames(string definition, string typeField)
    {
        var catalog = ScenarioCatalog.Default;
        IEnumerable<string> expected = definition switch
        {
            "fault" => catalog.Faults.Keys,
            "action" => catalog.Actions.Keys,
            "objective" => catalog.Objectives.Keys,
            _ => catalog.Guards.Keys,
        };

        var entry = Schema["$defs"]![definition]!;

        Assert.Equal(expected, entry["properties"]![typeField]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(expected, entry["allOf"]!.AsArray().Select(c => c!["if"]!["properties"]![typeField]!["const"]!.GetValue<string>()));
    }

    [Fact]
    public void Generate_EditDeviceCase_HasItsParametersKindsAndRequiredOnes()
    {
        var then = Schema["$defs"]!["action"]!["allOf"]!.AsArray()
            .Single(c => c!["if"]!["properties"]!["action"]!["const"]!.GetValue<string>() == "edit-device")!["then"]!;

        Assert.Equal(["device"], then["required"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.False(then["additionalProperties"]!.GetValue<bool>());
        Assert.Equal(65535, then["properties"]!["port"]!["maximum"]!.GetValue<int>());
        Assert.Equal(16, then["properties"]!["aeTitle"]!["maxLength"]!.GetValue<int>());
        Assert.Contains("US_CLINIC", then["properties"]!["device"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    /// <summary>
    /// A third-party validator (python3-jsonschema, draft 2020-12) reads the schema, accepts the template and the
    /// shipped scenarios, and rejects mistakes a schema can see.
    /// </summary>
    [SkippableFact]
    public async Task Schema_InPythonJsonschema_AcceptsGoodFilesAndRejectsBrokenOnes()
    {
        var python = await JsonschemaPythonAsync();
        Interop.Require(python is not null, "no python3 with jsonschema and yaml: apt-get install python3-jsonschema python3-yaml");

        using var folder = new TempDirectory("pacslab-schema");
        var schema = folder.File("scenario.schema.json");
        await File.WriteAllTextAsync(schema, ScenarioSchema.Generate(ScenarioCatalog.Default));
        var template = folder.File("from-template.yaml");
        await File.WriteAllTextAsync(template, ScenarioTemplate.Render("from-template", ScenarioCatalog.Default));
        string[] good = [template, .. Directory.GetFiles(RepoRoot.File("scenarios"), "*.yaml")];
        string[] bad = [.. new[] { "unknown-fault-type", "unknown-parameter", "wrong-kind-port", "wrong-choice", "no-hints", "unknown-device", "wrong-kind-ae-title", "unknown-top-level-field" }
            .Select(name => Path.Combine(AppContext.BaseDirectory, "Broken", $"{name}.yaml"))];
        const string script = """
            import json, sys, yaml, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema)
            for path in sys.argv[2:]:
                errors = list(validator.iter_errors(yaml.safe_load(open(path))))
                print(("invalid " if errors else "valid ") + path)
            """;

        string[] arguments = ["-c", script, schema, .. good, .. bad];
        var run = await PeerProcess.RunAsync(python!, arguments);

        Assert.True(run.Succeeded, run.Describe());
        var verdicts = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(good.Select(p => $"valid {p}").Concat(bad.Select(p => $"invalid {p}")), verdicts);
    }

    /// <summary>Debian's python3, else the first python3 on PATH, that can import jsonschema and yaml.</summary>
    private static async Task<string?> JsonschemaPythonAsync()
    {
        foreach (var candidate in new[] { PeerTool.DebianPython, PeerTool.Find("python3") }.OfType<string>().Distinct())
        {
            if (File.Exists(candidate) && (await PeerProcess.RunAsync(candidate, "-c", "import jsonschema, yaml")).Succeeded) return candidate;
        }
        return null;
    }
}
