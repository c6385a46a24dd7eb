namespace PacsLab.Department.Catalog;

/// <summary>One series of a study template: its Series Description (0008,103E) and how many images it holds.</summary>
public sealed record SeriesTemplate(string Description, int Images);
