namespace PacsLab.Scenarios.Lab;

/// <summary>Starts a lab (PACS, RIS, devices, REST API) for a scenario workspace. The executable provides it; tests too.</summary>
public interface ILabLauncher
{
    Task<ILabInstance> StartAsync(LabLaunchRequest request, CancellationToken cancellationToken);
}
