namespace PacsLab.Scenarios.Model;

/// <summary>The kind of work a scenario trains (YAML: misfiled-study, connectivity, mixed).</summary>
public enum ScenarioTrack
{
    MisfiledStudy,
    Connectivity,
    Mixed,
}
