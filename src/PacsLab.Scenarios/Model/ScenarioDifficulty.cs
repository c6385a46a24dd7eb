namespace PacsLab.Scenarios.Model;

/// <summary>YAML: beginner, intermediate, advanced.</summary>
public enum ScenarioDifficulty
{
    Beginner,
    Intermediate,
    Advanced,
}
