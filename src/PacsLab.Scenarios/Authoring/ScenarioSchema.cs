using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Loading;

namespace PacsLab.Scenarios.Authoring;

/// <summary>
/// The JSON Schema (draft 2020-12) of a scenario file, for editors (<c>scenarios/scenario.schema.json</c>), made from
/// the fields <see cref="ScenarioLoader"/> reads and the catalog's entries and parameters. It helps while typing; the
/// validator stays the judge (references to patients, orders and named studies are beyond a schema).
/// </summary>
public static class ScenarioSchema
{
    /// <summary>Where the committed copy lives, from the repository root.</summary>
    public const string RepositoryPath = "scenarios/scenario.schema.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Generate(ScenarioCatalog catalog) => Generate(catalog, ScenarioReferences.Default);

    public static string Generate(ScenarioCatalog catalog, ScenarioReferences references) =>
        Document(catalog, new ParameterSchema(references)).ToJsonString(Json) + "\n";

    private static JsonObject Document(ScenarioCatalog catalog, ParameterSchema parameters) => new()
    {
        ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
        ["title"] = "PacsLab training scenario",
        ["description"] = "A fault scenario: the ticket, the setup, the faults, what the trainee must reach and must not do, hints, debrief and solution. " +
                          "Generated from the scenario catalog; check a file with `pacslab scenario validate FILE`.",
        ["type"] = "object",
        ["required"] = ParameterSchema.Array(["id", "title", "track", "difficulty", "minutes", "briefing", "debrief", "objectives", "hints", "solution"]),
        ["additionalProperties"] = false,
        ["properties"] = new JsonObject
        {
            ["id"] = new JsonObject { ["description"] = "Lower-case words joined by '-'; the file is named ID.yaml.", ["type"] = "string", ["pattern"] = "^[a-z0-9]+(-[a-z0-9]+)*$" },
            ["title"] = Text("A short title for the scenario list."),
            ["track"] = new JsonObject { ["description"] = "The kind of work it trains.", ["enum"] = ParameterSchema.Array(ScenarioLoader.Tracks.Keys) },
            ["difficulty"] = new JsonObject { ["description"] = "For whom it is meant.", ["enum"] = ParameterSchema.Array(ScenarioLoader.Difficulties.Keys) },
            ["minutes"] = new JsonObject { ["description"] = "How long a trainee at this level should need.", ["type"] = "integer", ["minimum"] = 1, ["maximum"] = 600 },
            ["learningObjectives"] = new JsonObject { ["description"] = "What the trainee learns, one sentence each.", ["type"] = "array", ["items"] = Text("One learning objective.") },
            ["briefing"] = Text("The ticket, as the ward clerk, technologist or clinician wrote it; no hint of the cause."),
            ["setup"] = Setup(catalog, parameters),
            ["faults"] = ListOf("The faults injected after setup, in order.", "#/$defs/fault"),
            ["traffic"] = ListOf("What happens in the department after the faults, before the ticket.", "#/$defs/action"),
            ["objectives"] = ListOf("Checks of the end state the trainee must reach.", "#/$defs/objective", minItems: 1),
            ["guards"] = ListOf("Unsafe or collateral actions that cost points or fail the run.", "#/$defs/guard"),
            ["hints"] = ListOf("Hints in order, cheap and vague first.", "#/$defs/hint", minItems: 1),
            ["debrief"] = Text("The root cause and the real-world lesson, shown after the run."),
            ["solution"] = ListOf("Trainee operations that reach every objective without tripping a guard.", "#/$defs/action", minItems: 1),
            ["wrongFixes"] = ListOf("Plausible but unsafe fixes and the guards each must trip.", "#/$defs/wrongFix"),
        },
        ["$defs"] = new JsonObject
        {
            ["fault"] = parameters.Entry(catalog.Faults, "type", "A fault of the catalog.", []),
            ["action"] = parameters.Entry(catalog.Actions, "action", "An operation of the catalog, as a trainee or the department performs it.", []),
            ["objective"] = parameters.Entry(catalog.Objectives, "type", "An objective: a check of the end state.", new JsonObject
            {
                ["id"] = Text("A name of its own among the objectives."),
                ["pass"] = Text("Feedback when it passes."),
                ["fail"] = Text("Feedback when it fails: what is still wrong, without giving the fix away."),
                ["weight"] = new JsonObject { ["description"] = "Share of the score relative to the other objectives (default 1).", ["type"] = "integer", ["minimum"] = 1, ["maximum"] = 100 },
            }, "id", "pass", "fail"),
            ["guard"] = parameters.Entry(catalog.Guards, "type", "A guard: an unsafe action the trainee must not take.", new JsonObject
            {
                ["id"] = Text("A name of its own among the guards; wrong fixes name it in 'trips'."),
                ["penalty"] = new JsonObject
                {
                    ["description"] = "'fail' fails the run; a number costs that many points.",
                    ["anyOf"] = new JsonArray(new JsonObject { ["const"] = "fail" }, new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = 100 }),
                },
                ["feedback"] = Text("What the trainee did and why it is unsafe."),
            }, "id", "penalty", "feedback"),
            ["hint"] = Strict("A hint and what it costs.", ["text", "cost"], new JsonObject
            {
                ["text"] = Text("The hint."),
                ["cost"] = new JsonObject { ["description"] = "Points it costs (0-100).", ["type"] = "integer", ["minimum"] = 0, ["maximum"] = 100 },
            }),
            ["wrongFix"] = Strict("A plausible but unsafe fix.", ["name", "steps", "trips"], new JsonObject
            {
                ["name"] = Text("What the trainee might try, in a few words."),
                ["steps"] = ListOf("The operations of the wrong fix.", "#/$defs/action", minItems: 1),
                ["trips"] = new JsonObject { ["description"] = "Ids of the guards it must trip.", ["type"] = "array", ["minItems"] = 1, ["items"] = new JsonObject { ["type"] = "string" } },
            }),
        },
    };

    private static JsonObject Setup(ScenarioCatalog catalog, ParameterSchema parameters)
    {
        var device = parameters.Value(ParameterSpec.Needed("device", ParameterKind.Device, "the modality"));
        return Strict("The department before the faults.", [], new JsonObject
        {
            ["patients"] = new JsonObject
            {
                ["description"] = "Patients beyond the sample catalog's.",
                ["type"] = "array",
                ["items"] = Strict("A patient.", ["id", "name"], new JsonObject
                {
                    ["id"] = Text("Patient ID, not one of the sample catalog's."),
                    ["name"] = Text("DICOM form FAMILY^GIVEN."),
                    ["birthDate"] = new JsonObject { ["description"] = "YYYYMMDD.", ["type"] = ParameterSchema.Array(["string", "integer"]), ["pattern"] = "^[0-9]{8}$" },
                    ["sex"] = new JsonObject { ["description"] = "Patient's Sex (0010,0040).", ["enum"] = ParameterSchema.Array(["M", "F", "O"]) },
                }),
            },
            ["orders"] = new JsonObject
            {
                ["description"] = "Orders the RIS holds at the start (its worklist).",
                ["type"] = "array",
                ["items"] = Strict("An order.", ["accession", "patient", "device"], new JsonObject
                {
                    ["accession"] = TextOrNumber("Accession number, of the scenario's own prefix."),
                    ["patient"] = TextOrNumber("Patient ID (sample catalog or setup.patients)."),
                    ["device"] = device.DeepClone(),
                    ["station"] = Describe(ParameterSchema.AeTitle(), "Scheduled Station AE Title, when it must differ from the device's (a mismatch)."),
                    ["procedure"] = Text("Requested Procedure Description."),
                    ["referringPhysician"] = Text("DICOM form FAMILY^GIVEN."),
                    ["dayOffset"] = new JsonObject { ["description"] = "Days from today (0: today).", ["type"] = "integer", ["minimum"] = -3650, ["maximum"] = 365 },
                }),
            },
            ["studies"] = new JsonObject
            {
                ["description"] = "Studies already in the PACS at the start, each named with 'as'.",
                ["type"] = "array",
                ["items"] = Strict("A study sent to the PACS from a device.", ["as", "patient", "device"], new JsonObject
                {
                    ["as"] = new JsonObject { ["description"] = "The study's name for later steps and objectives.", ["type"] = "string", ["minLength"] = 1 },
                    ["patient"] = TextOrNumber("Patient ID (sample catalog or setup.patients)."),
                    ["device"] = device.DeepClone(),
                    ["accession"] = TextOrNumber("Accession number (may be empty)."),
                    ["description"] = Text("Study Description."),
                    ["daysAgo"] = new JsonObject { ["description"] = "How long ago it was acquired (0: today).", ["type"] = "integer", ["minimum"] = 0, ["maximum"] = 36500 },
                    ["images"] = new JsonObject { ["description"] = "Images per series (1-50).", ["type"] = "integer", ["minimum"] = 1, ["maximum"] = 50 },
                }),
            },
            ["devices"] = ListOf($"Service-menu edits before the faults (actions: {string.Join(", ", catalog.Actions.Keys)}).", "#/$defs/action"),
        });
    }

    private static JsonObject Text(string description) => new() { ["description"] = description, ["type"] = "string" };

    private static JsonObject TextOrNumber(string description) => new() { ["description"] = description, ["type"] = ParameterSchema.Array(["string", "number"]) };

    private static JsonObject Describe(JsonObject schema, string description)
    {
        schema.Insert(0, "description", description);
        return schema;
    }

    private static JsonObject ListOf(string description, string reference, int minItems = 0)
    {
        var list = new JsonObject { ["description"] = description, ["type"] = "array" };
        if (minItems > 0) list["minItems"] = minItems;
        list["items"] = new JsonObject { ["$ref"] = reference };
        return list;
    }

    private static JsonObject Strict(string description, string[] required, JsonObject properties)
    {
        var schema = new JsonObject { ["description"] = description, ["type"] = "object" };
        if (required.Length > 0) schema["required"] = ParameterSchema.Array(required);
        schema["properties"] = properties;
        schema["additionalProperties"] = false;
        return schema;
    }
}
