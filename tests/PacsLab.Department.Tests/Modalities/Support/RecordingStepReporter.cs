using PacsLab.Department.Ris;

namespace PacsLab.Department.Tests.Modalities.Support;

/// <summary>Stands in for the RIS: records each step report; can be told to fail, as a RIS that is down would.</summary>
public sealed class RecordingStepReporter : IProcedureStepReporter
{
    private readonly List<string> _calls = [];

    public bool Fail { get; set; }

    public IReadOnlyList<string> Calls
    {
        get
        {
            lock (_calls) return [.. _calls];
        }
    }

    public Task StepStartedAsync(string accessionNumber, string stationAeTitle, CancellationToken cancellationToken) =>
        Record($"started {accessionNumber} at {stationAeTitle}");

    public Task StepCompletedAsync(string accessionNumber, string studyInstanceUid, int instanceCount, CancellationToken cancellationToken) =>
        Record($"completed {accessionNumber} {studyInstanceUid} {instanceCount}");

    private Task Record(string call)
    {
        if (Fail) throw new InvalidOperationException("the RIS is down");
        lock (_calls) _calls.Add(call);
        return Task.CompletedTask;
    }
}
