namespace PacsLab.Department.Modalities;

/// <summary>A service-menu edit: every field given replaces the current value; fields left null stay as they are.</summary>
public sealed record NetworkSettingsEdit
{
    public string? AeTitle { get; init; }
    public int? Port { get; init; }
    public string? DestinationHost { get; init; }
    public int? DestinationPort { get; init; }
    public string? DestinationAeTitle { get; init; }
    public string? WorklistHost { get; init; }
    public int? WorklistPort { get; init; }
    public string? WorklistAeTitle { get; init; }

    public ModalityNetworkSettings ApplyTo(ModalityNetworkSettings current) => new(
        AeTitle?.Trim() ?? current.AeTitle,
        Port ?? current.Port,
        new(DestinationHost?.Trim() ?? current.Destination.Host, DestinationPort ?? current.Destination.Port, DestinationAeTitle?.Trim() ?? current.Destination.AeTitle),
        new(WorklistHost?.Trim() ?? current.Worklist.Host, WorklistPort ?? current.Worklist.Port, WorklistAeTitle?.Trim() ?? current.Worklist.AeTitle));
}
