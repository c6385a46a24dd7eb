namespace PacsLab.Scenarios.Model;

/// <summary>The department before the faults: extra patients, RIS orders, studies already in the PACS, device settings.</summary>
public sealed record ScenarioSetup
{
    /// <summary>Patients beyond the sample catalog's (whose patients every scenario may use by ID).</summary>
    public IReadOnlyList<SetupPatient> Patients { get; init; } = [];
    public IReadOnlyList<SetupOrder> Orders { get; init; } = [];
    public IReadOnlyList<SetupStudy> Studies { get; init; } = [];

    /// <summary>Service-menu edits applied to devices before the faults, as <c>edit-device</c> steps.</summary>
    public IReadOnlyList<StepSpec> Devices { get; init; } = [];
}
