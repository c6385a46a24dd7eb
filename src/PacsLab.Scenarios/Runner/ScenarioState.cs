using System.Collections.Concurrent;
using PacsLab.Department.Synthesis;

namespace PacsLab.Scenarios.Runner;

/// <summary>
/// What the runner knows about a running scenario beyond the lab itself: the patients it may use, the studies and
/// series it named, and the baseline taken when the ticket was handed out (what "losing an instance" is judged against).
/// </summary>
public sealed class ScenarioState
{
    public ConcurrentDictionary<string, PatientDemographics> Patients { get; } = new(StringComparer.Ordinal);
    public ConcurrentDictionary<string, StudyHandle> Studies { get; } = new(StringComparer.Ordinal);
    public ConcurrentDictionary<string, SeriesHandle> Series { get; } = new(StringComparer.Ordinal);

    /// <summary>When setup, faults and traffic were done and the ticket was handed out; guards look at the logs from here.</summary>
    public DateTimeOffset? ReadyAt { get; set; }

    /// <summary>Every SOP Instance UID in the PACS at <see cref="ReadyAt"/>.</summary>
    public IReadOnlySet<string> BaselineInstances { get; set; } = new HashSet<string>();

    public PatientDemographics Patient(string patientId) =>
        Patients.TryGetValue(patientId, out var patient) ? patient
            : throw new Catalog.ScenarioStepException($"the scenario knows no patient with ID '{patientId}' (neither the sample catalog nor setup.patients has it)");

    public StudyHandle Study(string name) =>
        Studies.TryGetValue(name, out var study) ? study
            : throw new Catalog.ScenarioStepException($"no study is named '{name}' yet; name it in setup.studies or with 'as' on the step that makes it");

    public SeriesHandle SeriesNamed(string name) =>
        Series.TryGetValue(name, out var series) ? series
            : throw new Catalog.ScenarioStepException($"no series is named '{name}' yet; a step names one with its 'seriesAs' parameter");
}
