using Microsoft.Extensions.Logging;
using PacsLab.Department.Configuration;
using PacsLab.Department.Synthesis;
using PacsLab.Scenarios.Lab;
using PacsLab.Scenarios.Model;

namespace PacsLab.Scenarios.Runner;

/// <summary>
/// Everything a fault, action, objective or guard may use: the lab's REST API, the department as it was set up (names,
/// ports, AE titles at the start), the scenario's named studies and patients, a synthesizer and a C-STORE sender for
/// studies that must arrive "from a device", and the clock.
/// </summary>
public sealed class ScenarioContext(Scenario scenario, LabApiClient api, DepartmentOptions department, ScenarioState state,
    IStudySynthesizer synthesizer, TimeProvider time, ILogger logger)
{
    public Scenario Scenario { get; } = scenario;
    public LabApiClient Api { get; } = api;

    /// <summary>The department as configured when the workspace started (before setup and faults changed anything).</summary>
    public DepartmentOptions Department { get; } = department;
    public ScenarioState State { get; } = state;
    public IStudySynthesizer Synthesizer { get; } = synthesizer;
    public TimeProvider Time { get; } = time;
    public ILogger Logger { get; } = logger;

    /// <summary>The same context acting in another name (the self-test's solution acts as a trainee would).</summary>
    public ScenarioContext As(string actor) => new(Scenario, Api.As(actor), Department, State, Synthesizer, Time, Logger);

    public ModalityDeviceOptions Device(string name) =>
        Department.FindModality(name) ?? throw new Catalog.ScenarioStepException(
            $"the department has no modality named '{name}'; it has {string.Join(", ", Department.Modalities.Select(m => m.Name))}");

    /// <summary>A TCP port on 127.0.0.1 that nothing listens on right now (for "nothing listening" faults).</summary>
    public static int UnusedPort() => WorkspacePorts.FreePort();
}
