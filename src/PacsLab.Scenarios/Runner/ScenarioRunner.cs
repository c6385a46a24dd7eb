using Microsoft.Extensions.Logging;
using PacsLab.Department.Catalog;
using PacsLab.Department.Configuration;
using PacsLab.Department.Synthesis;
using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Lab;
using PacsLab.Scenarios.Model;

namespace PacsLab.Scenarios.Runner;

/// <summary>
/// Starts a scenario: a fresh workspace (its own data directory and ports, so the free-play lab is never touched and
/// a scenario can always be reset by starting it again), the lab in it, then setup, faults and traffic through the
/// lab's REST API and DICOM, a baseline of what the PACS holds, and the ticket.
/// </summary>
public sealed class ScenarioRunner(ILabLauncher launcher, ScenarioCatalog catalog, ILoggerFactory loggers, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly ILogger _logger = loggers.CreateLogger("PacsLab.Scenarios");

    /// <summary>Images per series in a scenario's acquisitions: enough to count, small enough to start in seconds.</summary>
    public const int ImagesPerSeries = 4;

    /// <param name="httpPort">The REST API's port; null picks a free one.</param>
    public async Task<ScenarioSession> StartAsync(Scenario scenario, string workspaceRoot, CancellationToken cancellationToken, int? httpPort = null)
    {
        // Each run gets a folder of its own, because a database connection pooled by an earlier run must never be handed
        // to this one. A start resets the scenario: earlier runs' folders go, once this run's lab is up (a start that
        // fails, say on a port another run holds, leaves the other run's data alone).
        var scenarioFolder = Path.GetFullPath(Path.Combine(workspaceRoot, scenario.Id));
        var workspace = Path.Combine(scenarioFolder, $"run-{_time.GetUtcNow():yyyyMMdd-HHmmss-fff}");
        Directory.CreateDirectory(workspace);

        var department = WorkspaceDepartment();
        var freeHttpPort = WorkspacePorts.Assign(department);
        var startedAt = _time.GetUtcNow();
        var slot = new ScenarioSessionSlot();
        var lab = await launcher.StartAsync(new LabLaunchRequest(workspace, department, httpPort ?? freeHttpPort, slot), cancellationToken).ConfigureAwait(false);
        var http = new HttpClient { BaseAddress = lab.ApiAddress, Timeout = TimeSpan.FromMinutes(2) };
        try
        {
            RemoveEarlierRuns(scenarioFolder, workspace);
            var sampleCatalog = SampleCatalogLoader.LoadEmbedded();
            var context = new ScenarioContext(scenario, new LabApiClient(http, TraineeActions.SetupActor), department, new ScenarioState(),
                new StudySynthesizer(new SynthesisOptions { StudyTemplates = sampleCatalog.StudyTemplates }), _time, _logger);
            foreach (var patient in sampleCatalog.Patients) context.State.Patients[patient.Id] = patient.ToDemographics();
            foreach (var patient in scenario.Setup.Patients) context.State.Patients[patient.Id] = patient.ToDemographics();

            await ApplySetupAsync(context, cancellationToken).ConfigureAwait(false);
            foreach (var fault in scenario.Faults)
                await RunStepAsync("fault", fault, () => catalog.Faults[fault.Type].InjectAsync(context, fault.Arguments, cancellationToken)).ConfigureAwait(false);
            foreach (var step in scenario.Traffic)
                await RunStepAsync("traffic", step, () => catalog.Actions[step.Type].RunAsync(context, step.Arguments, cancellationToken)).ConfigureAwait(false);

            context.State.BaselineInstances = await PacsInventory.InstanceUidsAsync(context, cancellationToken).ConfigureAwait(false);
            context.State.ReadyAt = _time.GetUtcNow();
            var session = new ScenarioSession(context, catalog, lab, http, workspace, startedAt, Ticket(scenario, department, lab.ApiAddress));
            slot.Set(session);
            ScenarioLog.Ready(_logger, scenario.Id, workspace, lab.ApiAddress);
            return session;
        }
        catch
        {
            await lab.DisposeAsync().ConfigureAwait(false);
            http.Dispose();
            throw;
        }
    }

    private static void RemoveEarlierRuns(string scenarioFolder, string current)
    {
        foreach (var earlier in Directory.EnumerateDirectories(scenarioFolder, "run-*").Where(d => d != current))
        {
            try
            {
                Directory.Delete(earlier, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Still in use by a run that has not let go yet: it goes with the next start.
            }
        }
    }

    /// <summary>The built-in department with small acquisitions; ports are assigned by <see cref="WorkspacePorts"/>.</summary>
    private static DepartmentOptions WorkspaceDepartment()
    {
        var department = DepartmentConfiguration.LoadDefault();
        foreach (var modality in department.Modalities) modality.Acquisition.ImagesPerSeries ??= ImagesPerSeries;
        return department;
    }

    private async Task ApplySetupAsync(ScenarioContext context, CancellationToken cancellationToken)
    {
        var setup = context.Scenario.Setup;
        var today = DateOnly.FromDateTime(_time.GetLocalNow().DateTime);
        foreach (var order in setup.Orders)
        {
            var device = context.Device(order.Device);
            var patient = context.State.Patient(order.PatientId);
            await RunStepAsync("setup order", new StepSpec(order.AccessionNumber, new StepArguments(), order.Line), () => context.Api.PostAsync("/api/ris/orders", new
            {
                order.AccessionNumber,
                Patient = patient,
                device.Modality,
                ScheduledStationAeTitle = order.StationAeTitle ?? device.EffectiveAeTitle,
                ScheduledStationName = device.EffectiveStationName,
                ScheduledStart = today.AddDays(order.DayOffset).ToDateTime(new TimeOnly(8, 0)),
                RequestedProcedureDescription = order.Procedure,
                ReferringPhysicianName = order.ReferringPhysician,
            }, cancellationToken)).ConfigureAwait(false);
        }
        foreach (var study in setup.Studies)
        {
            var device = context.Device(study.Device);
            var request = new StudyRequest
            {
                Modality = device.Modality,
                Patient = context.State.Patient(study.PatientId),
                AccessionNumber = study.AccessionNumber,
                StudyDescription = study.Description,
                AcquiredAt = _time.GetLocalNow().DateTime.Date.AddDays(-study.DaysAgo).AddHours(9),
                ImagesPerSeries = study.Images ?? ImagesPerSeries,
            };
            await RunStepAsync("setup study", new StepSpec(study.Name, new StepArguments(), study.Line),
                () => DepartmentSteps.SendFromDeviceAsync(context, study.Device, request, study.Name, cancellationToken)).ConfigureAwait(false);
        }
        foreach (var edit in setup.Devices)
            await RunStepAsync("setup device", edit, () => catalog.Actions[edit.Type].RunAsync(context, edit.Arguments, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Runs one step; a failure names the step and its line, so an instructor can tell which one broke.</summary>
    internal static async Task RunStepAsync(string what, StepSpec step, Func<Task> run)
    {
        try
        {
            await run().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is LabApiException or ScenarioStepException or HttpRequestException)
        {
            throw new ScenarioStepException($"{what} {step} could not be carried out: {ex.Message}", ex);
        }
    }

    private static ScenarioTicket Ticket(Scenario scenario, DepartmentOptions department, Uri api)
    {
        var endpoints = new List<WorkspaceEndpoint>
        {
            new("PACS", "PACS (C-STORE, C-FIND, C-MOVE, C-GET)", department.Pacs.AeTitle, department.Pacs.Port),
            new("RIS", "RIS (modality worklist)", department.Ris.AeTitle, department.Ris.Port),
            new("workstation", "reading workstation (C-STORE destination)", department.Workstation.AeTitle, department.Workstation.Port),
        };
        endpoints.AddRange(department.Modalities.Select(m => new WorkspaceEndpoint(m.Name, $"{m.Modality} modality", m.EffectiveAeTitle, m.Port)));
        return new ScenarioTicket(scenario.Id, scenario.Title, scenario.Track, scenario.Difficulty, scenario.Minutes, scenario.Briefing,
            scenario.LearningObjectives, endpoints, api);
    }
}
