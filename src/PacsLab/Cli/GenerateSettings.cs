using PacsLab.Department.Synthesis;

namespace PacsLab.Cli;

/// <summary>The checked settings of `pacslab generate`: where to write, and either the sample set or a plan.</summary>
internal sealed record GenerateSettings(string OutputFolder, bool Samples, GenerationPlan? Plan, SynthesisOptions Options, string? CatalogPath);
