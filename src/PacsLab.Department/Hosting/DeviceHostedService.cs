using Microsoft.Extensions.Hosting;

namespace PacsLab.Department.Hosting;

/// <summary>One device of the department as a hosted service: started with the host, stopped with it.</summary>
public sealed class DeviceHostedService(string name, Func<CancellationToken, Task> start, Func<CancellationToken, Task> stop) : IHostedService
{
    public string Name { get; } = name;

    public Task StartAsync(CancellationToken cancellationToken) => start(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => stop(cancellationToken);
}
