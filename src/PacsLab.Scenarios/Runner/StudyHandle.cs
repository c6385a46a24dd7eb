namespace PacsLab.Scenarios.Runner;

/// <summary>
/// A study the scenario named (in setup, or by a fault or traffic step's <c>as</c>): its UIDs and who it was filed
/// under when it was made, so objectives can follow it through the trainee's corrections.
/// </summary>
public sealed record StudyHandle(string Name, string StudyInstanceUid, string PatientId, string AccessionNumber, string Device,
    IReadOnlyList<string> SeriesInstanceUids, int InstanceCount);
