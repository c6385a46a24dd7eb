using PacsLab.Scenarios.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PacsLab.Scenarios.Loading;

/// <summary>
/// Reads a scenario file into a <see cref="Scenario"/>: the structure (fields, types, required values) with a
/// line-numbered problem for each mistake. Whether the types exist in the catalog and the references resolve is
/// <see cref="ScenarioValidator"/>'s job.
/// </summary>
public static class ScenarioLoader
{
    public static readonly IReadOnlyDictionary<string, ScenarioTrack> Tracks = new Dictionary<string, ScenarioTrack>
    {
        ["misfiled-study"] = ScenarioTrack.MisfiledStudy, ["connectivity"] = ScenarioTrack.Connectivity, ["mixed"] = ScenarioTrack.Mixed,
    };

    public static readonly IReadOnlyDictionary<string, ScenarioDifficulty> Difficulties = new Dictionary<string, ScenarioDifficulty>
    {
        ["beginner"] = ScenarioDifficulty.Beginner, ["intermediate"] = ScenarioDifficulty.Intermediate, ["advanced"] = ScenarioDifficulty.Advanced,
    };

    public static async Task<ScenarioLoadResult> LoadFileAsync(string path, CancellationToken cancellationToken = default) =>
        Parse(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), path);

    public static ScenarioLoadResult Parse(string yaml, string source)
    {
        var problems = new List<ScenarioProblem>();
        var root = ReadRoot(yaml, source, problems);
        if (root is null) return new ScenarioLoadResult(null, problems);
        root.RejectUnknown("id", "title", "track", "difficulty", "minutes", "learningObjectives", "briefing", "setup", "faults", "traffic",
            "objectives", "guards", "hints", "debrief", "solution", "wrongFixes");

        var id = root.Text("id", required: true);
        if (id is not null) CheckId(root, id, source);
        var title = root.Text("title", required: true);
        var track = root.Choice("track", Tracks, required: true);
        var difficulty = root.Choice("difficulty", Difficulties, required: true);
        var minutes = root.Integer("minutes", 1, 600, required: true);
        var briefing = root.Text("briefing", required: true);
        var debrief = root.Text("debrief", required: true);
        var scenario = new Scenario
        {
            Id = id ?? "",
            Title = title ?? "",
            Track = track ?? ScenarioTrack.Mixed,
            Difficulty = difficulty ?? ScenarioDifficulty.Beginner,
            Minutes = minutes ?? 0,
            LearningObjectives = root.Strings("learningObjectives"),
            Briefing = briefing ?? "",
            Setup = ReadSetup(root),
            Faults = Steps(root.List("faults"), "type"),
            Traffic = Steps(root.List("traffic"), "action"),
            Objectives = root.List("objectives", required: true,
                "a scenario needs at least one objective: a check of the end state (e.g. study-in-pacs) that judges the fix").Select(ReadObjective).ToList(),
            Guards = root.List("guards").Select(ReadGuard).ToList(),
            Hints = root.List("hints", required: true, "a scenario needs hints (2 to 4 is usual): cheap and vague first, costly and precise last").Select(h =>
            {
                h.RejectUnknown("text", "cost");
                return new HintSpec(h.Text("text", required: true) ?? "", h.Integer("cost", 0, 100, required: true) ?? 0, h.Line);
            }).ToList(),
            Debrief = debrief ?? "",
            Solution = Steps(root.List("solution", required: true,
                "a scenario needs a solution: the trainee operations that fix it, which the self-test runs to prove it solvable"), "action"),
            WrongFixes = root.List("wrongFixes").Select(w =>
            {
                w.RejectUnknown("name", "steps", "trips");
                return new WrongFixSpec(w.Text("name", required: true) ?? "", Steps(w.List("steps", required: true), "action"), w.Strings("trips"), w.Line);
            }).ToList(),
            Source = source,
        };
        return new ScenarioLoadResult(scenario, problems);
    }

    private static YamlReader? ReadRoot(string yaml, string source, List<ScenarioProblem> problems)
    {
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(yaml));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            problems.Add(new ScenarioProblem(source, (int)ex.Start.Line, "",
                $"not valid YAML: {ex.Message.TrimEnd('.')}. Check the indentation, the quotes and for a field written twice on that line and the one before."));
            return null;
        }
        catch (InvalidOperationException)
        {
            // Some malformed input stops YamlDotNet's parser without a YamlException; its last event says where.
            problems.Add(new ScenarioProblem(source, (int)(parser.Current?.Start.Line ?? 1), "",
                "not valid YAML: the structure breaks off here (an unclosed bracket, brace or quote?)"));
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            problems.Add(new ScenarioProblem(source, 1, "", "a scenario file is one mapping of fields (id:, title:, ...); this file has none"));
            return null;
        }
        return new YamlReader(mapping, source, "", problems);
    }

    private static ScenarioSetup ReadSetup(YamlReader root)
    {
        if (root.Child("setup") is not { } setup) return new ScenarioSetup();
        setup.RejectUnknown("patients", "orders", "studies", "devices");
        return new ScenarioSetup
        {
            Patients = setup.List("patients").Select(p =>
            {
                p.RejectUnknown("id", "name", "birthDate", "sex");
                return new SetupPatient(p.Text("id", required: true) ?? "", p.Text("name", required: true) ?? "", BirthDate(p), Sex(p), p.Line);
            }).ToList(),
            Orders = setup.List("orders").Select(o =>
            {
                o.RejectUnknown("accession", "patient", "device", "station", "procedure", "referringPhysician", "dayOffset");
                return new SetupOrder
                {
                    AccessionNumber = o.Text("accession", required: true) ?? "",
                    PatientId = o.Text("patient", required: true) ?? "",
                    Device = o.Text("device", required: true) ?? "",
                    StationAeTitle = o.Text("station"),
                    Procedure = o.Text("procedure") ?? "",
                    ReferringPhysician = o.Text("referringPhysician") ?? "",
                    DayOffset = o.Integer("dayOffset", -3650, 365) ?? 0,
                    Line = o.Line,
                };
            }).ToList(),
            Studies = setup.List("studies").Select(s =>
            {
                s.RejectUnknown("as", "patient", "device", "accession", "description", "daysAgo", "images");
                return new SetupStudy
                {
                    Name = s.Text("as", required: true) ?? "",
                    PatientId = s.Text("patient", required: true) ?? "",
                    Device = s.Text("device", required: true) ?? "",
                    AccessionNumber = s.Text("accession") ?? "",
                    Description = s.Text("description"),
                    DaysAgo = s.Integer("daysAgo", 0, 36500) ?? 0,
                    Images = s.Integer("images", 1, 50),
                    Line = s.Line,
                };
            }).ToList(),
            Devices = Steps(setup.List("devices"), "action"),
        };
    }

    /// <summary>The id names the file (scenarios/ID.yaml) and the CLI argument, so it must be lower-case words and match the file name.</summary>
    private static void CheckId(YamlReader root, string id, string source)
    {
        if (!ScenarioIdRule.IsValid(id))
            root.Problem("id", $"'{id}' is not a scenario id; write lower-case words joined by '-', e.g. {ScenarioIdRule.Suggest(id)}");
        else if (ScenarioIdRule.FileNameProblem(id, source) is { } problem)
            root.Problem("id", problem);
    }

    private static string? BirthDate(YamlReader patient)
    {
        var text = patient.Text("birthDate");
        if (text is null || DicomDateRule.IsValid(text)) return text;
        patient.Problem("birthDate", $"'{text}' is not a DICOM date; write the birth date as YYYYMMDD, e.g. 19750314");
        return null;
    }

    private static string? Sex(YamlReader patient)
    {
        var text = patient.Text("sex");
        if (text is null || text is "M" or "F" or "O") return text;
        patient.Problem("sex", $"'{text}' is not a DICOM Patient's Sex (0010,0040); write M, F or O");
        return null;
    }

    private static IReadOnlyList<StepSpec> Steps(IReadOnlyList<YamlReader> items, string typeField) =>
        items.Select(item => new StepSpec(item.Text(typeField, required: true) ?? "", item.Arguments(typeField), item.Line)).ToList();

    private static ObjectiveSpec ReadObjective(YamlReader o) => new()
    {
        Id = o.Text("id", required: true) ?? "",
        Type = o.Text("type", required: true) ?? "",
        Arguments = o.Arguments("id", "type", "pass", "fail", "weight"),
        PassFeedback = o.Text("pass", required: true) ?? "",
        FailFeedback = o.Text("fail", required: true) ?? "",
        Weight = o.Integer("weight", 1, 100) ?? 1,
        Line = o.Line,
    };

    private static GuardSpec ReadGuard(YamlReader g)
    {
        var penaltyText = g.Text("penalty", required: true);
        GuardPenalty penalty = GuardPenalty.Fail;
        if (penaltyText is not null && penaltyText != "fail")
            penalty = g.Integer("penalty", 1, 100) is { } points ? GuardPenalty.Cost(points) : GuardPenalty.Fail;
        return new GuardSpec
        {
            Id = g.Text("id", required: true) ?? "",
            Type = g.Text("type", required: true) ?? "",
            Arguments = g.Arguments("id", "type", "penalty", "feedback"),
            Penalty = penalty,
            Feedback = g.Text("feedback", required: true) ?? "",
            Line = g.Line,
        };
    }
}
