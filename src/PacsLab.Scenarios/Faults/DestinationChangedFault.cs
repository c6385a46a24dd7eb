using PacsLab.Scenarios.Actions;
using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Faults;

/// <summary>
/// A device's destination host or port was changed (a network change, a service visit): it sends where no PACS
/// listens, so every send fails to connect. Without a port the fault picks one nothing listens on.
/// </summary>
public sealed class DestinationChangedFault : IFault
{
    public string Type => "destination-changed";
    public string Summary => "A modality's destination host or port is changed, e.g. to a port where nothing listens; its sends cannot connect.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Needed("device", ParameterKind.Device, "the modality"),
        ParameterSpec.Optional("host", ParameterKind.Text, "the destination host it now uses (left out: unchanged)"),
        ParameterSpec.Optional("port", ParameterKind.Port, "the destination port it now uses (left out with no host: a port where nothing listens)"),
    ];

    public Task InjectAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var host = arguments.Optional("host");
        var port = arguments.OptionalInteger("port") ?? (host is null ? ScenarioContext.UnusedPort() : null);
        return context.Api.PutAsync(EditDeviceAction.Path(arguments.Text("device")), new { DestinationHost = host, DestinationPort = port }, cancellationToken);
    }

    public string Describe(StepArguments arguments) =>
        $"{arguments.Text("device")}'s destination was changed to {arguments.Optional("host") ?? "the same host"}, " +
        $"{(arguments.Optional("port") is { } port ? $"port {port}" : arguments.Has("host") ? "the same port" : "a port where nothing listens")}.";

    public Task UndoAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var device = context.Device(arguments.Text("device"));
        var destination = context.Department.DestinationOf(device);
        return context.Api.PutAsync(EditDeviceAction.Path(device.Name), new { DestinationHost = destination.Host, DestinationPort = destination.Port }, cancellationToken);
    }
}
