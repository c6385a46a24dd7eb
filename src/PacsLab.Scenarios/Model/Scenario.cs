namespace PacsLab.Scenarios.Model;

/// <summary>
/// A training scenario as an instructor wrote it (one YAML file in scenarios/): the ticket, how the department is
/// set up and broken, what the trainee must reach, what they must not do, hints, the debrief, and a solution that
/// proves it solvable.
/// </summary>
public sealed record Scenario
{
    /// <summary>Lower-case words joined by '-', e.g. <c>ct-ae-title-reset</c>; the file is named after it.</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required ScenarioTrack Track { get; init; }
    public required ScenarioDifficulty Difficulty { get; init; }

    /// <summary>How long a trainee at this level should need.</summary>
    public required int Minutes { get; init; }

    /// <summary>What the trainee learns, one sentence each.</summary>
    public IReadOnlyList<string> LearningObjectives { get; init; } = [];

    /// <summary>The ticket as the clinician or technologist wrote it.</summary>
    public required string Briefing { get; init; }

    public ScenarioSetup Setup { get; init; } = new();
    public IReadOnlyList<StepSpec> Faults { get; init; } = [];

    /// <summary>What happens in the department after the faults (acquisitions, retrieve requests), before the ticket.</summary>
    public IReadOnlyList<StepSpec> Traffic { get; init; } = [];

    public IReadOnlyList<ObjectiveSpec> Objectives { get; init; } = [];
    public IReadOnlyList<GuardSpec> Guards { get; init; } = [];
    public IReadOnlyList<HintSpec> Hints { get; init; } = [];

    /// <summary>Root cause and the real-world lesson, shown after the run.</summary>
    public required string Debrief { get; init; }

    /// <summary>Steps through the operations a trainee has that reach every objective without tripping a guard.</summary>
    public IReadOnlyList<StepSpec> Solution { get; init; } = [];

    /// <summary>Plausible but unsafe fixes, each with the guards it must trip (the self-test proves they do).</summary>
    public IReadOnlyList<WrongFixSpec> WrongFixes { get; init; } = [];

    /// <summary>Where the scenario was read from (a path, or a name for an embedded one).</summary>
    public string Source { get; init; } = "";
}
