namespace PacsLab.Department.Synthesis;

/// <summary>One series to make: its number, description, UID, when it starts and how many images it holds.</summary>
internal sealed record SeriesPlan(int Number, string Description, string Uid, DateTime StartsAt, int Images);
