namespace PacsLab.Scenarios.Catalog;

/// <summary>What every fault, objective, guard and action says about itself, for the validator, the schema and the guide.</summary>
public interface ICatalogEntry
{
    /// <summary>The name used in YAML (<c>type:</c> or <c>action:</c>), lower-case words joined by '-'.</summary>
    string Type { get; }

    /// <summary>One sentence for the authoring guide and <c>pacslab scenario new</c>.</summary>
    string Summary { get; }

    IReadOnlyList<ParameterSpec> Parameters { get; }
}
