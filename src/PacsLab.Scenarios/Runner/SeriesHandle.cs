namespace PacsLab.Scenarios.Runner;

/// <summary>A series the scenario named (e.g. another patient's series a fault put into a study), and the study it went into.</summary>
public sealed record SeriesHandle(string Name, string SeriesInstanceUid, string StudyName, int InstanceCount);
