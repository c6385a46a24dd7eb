namespace PacsLab.Scenarios.Model;

/// <summary>
/// A study already in the PACS when the scenario starts (a prior, or the one a fault is about): synthesized for the
/// patient and sent to the PACS from <see cref="Device"/>'s AE title, named <see cref="Name"/> so objectives can
/// refer to it.
/// </summary>
public sealed record SetupStudy
{
    public required string Name { get; init; }
    public required string PatientId { get; init; }
    public required string Device { get; init; }
    public string AccessionNumber { get; init; } = "";
    public string? Description { get; init; }

    /// <summary>How long ago it was acquired (0: today).</summary>
    public int DaysAgo { get; init; }

    /// <summary>Images per series; null for the modality's usual (kept small by the scenario workspace).</summary>
    public int? Images { get; init; }
    public int Line { get; init; }
}
