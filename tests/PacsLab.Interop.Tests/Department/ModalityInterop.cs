using Microsoft.Extensions.Logging.Abstractions;
using PacsLab.Department.Configuration;
using PacsLab.Department.Modalities;
using PacsLab.Department.Ris;

namespace PacsLab.Interop.Tests.Department;

/// <summary>Simulated modalities pointed at real peers: a CT on port 0, the test synthesizer, a RIS that listens to nothing.</summary>
public static class ModalityInterop
{
    public static ModalityDevice Create(string dataDirectory, DicomNode destination, DicomNode? worklist = null, string aeTitle = "CT_ROOM1")
    {
        var options = new ModalityDeviceOptions { Name = "CT_ROOM1", Modality = "CT", AeTitle = aeTitle, StationName = "CT_ROOM1", Port = 0 };
        // Long enough that the queue does not retry by itself during a test; the tests resend.
        options.SendQueue.FirstRetryDelaySeconds = 600;
        options.SendQueue.MaxRetryDelaySeconds = 600;
        var network = new ModalityNetworkSettings(aeTitle, 0, destination, worklist ?? new DicomNode("127.0.0.1", 104, "RIS"));
        return new ModalityDevice(options, network, dataDirectory, new ModalityTestSynthesizer(), new SilentRis(), NullLoggerFactory.Instance);
    }

    public static ManualRegistration Patient(string id = "P-1001", string name = "DOE^JANE") =>
        new() { PatientId = id, PatientName = name, AccessionNumber = "ACC-1", StudyDescription = "CT HEAD" };

    private sealed class SilentRis : IProcedureStepReporter
    {
        public Task StepStartedAsync(string accessionNumber, string stationAeTitle, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StepCompletedAsync(string accessionNumber, string studyInstanceUid, int instanceCount, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
