namespace PacsLab.Scenarios.Model;

/// <summary>
/// An order the RIS holds when the scenario starts. <see cref="Device"/> names the modality it is scheduled on (its
/// AE title becomes the Scheduled Station AE Title); <see cref="StationAeTitle"/> overrides that title (a mismatch).
/// </summary>
public sealed record SetupOrder
{
    public required string AccessionNumber { get; init; }
    public required string PatientId { get; init; }
    public required string Device { get; init; }
    public string? StationAeTitle { get; init; }
    public string Procedure { get; init; } = "";
    public string ReferringPhysician { get; init; } = "";

    /// <summary>Days from today (0: today).</summary>
    public int DayOffset { get; init; }
    public int Line { get; init; }
}
