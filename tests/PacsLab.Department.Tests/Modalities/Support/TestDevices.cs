using Microsoft.Extensions.Logging.Abstractions;
using PacsLab.Department.Configuration;
using PacsLab.Department.Modalities;
using PacsLab.TestKit;

namespace PacsLab.Department.Tests.Modalities.Support;

/// <summary>Modality devices for tests: a CT on port 0 in the given folder, the fake synthesizer and RIS, a manual clock.</summary>
public static class TestDevices
{
    public static readonly DateTimeOffset Start = new(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);

    public static ModalityDevice Create(string dataDirectory, DicomNode destination, DicomNode? worklist = null, string aeTitle = "CT_ROOM1",
        ManualClock? clock = null, PacsLab.Department.Synthesis.IStudySynthesizer? synthesizer = null, RecordingStepReporter? reporter = null,
        Action<ModalityDeviceOptions>? configure = null)
    {
        var options = new ModalityDeviceOptions { Name = "CT_ROOM1", Modality = "CT", AeTitle = aeTitle, StationName = "CT_ROOM1", Port = 0 };
        options.SendQueue.FirstRetryDelaySeconds = 10;
        options.SendQueue.MaxRetryDelaySeconds = 30;
        configure?.Invoke(options);
        var network = new ModalityNetworkSettings(aeTitle, options.Port, destination, worklist ?? new DicomNode("127.0.0.1", 104, "RIS"));
        return new ModalityDevice(options, network, dataDirectory, synthesizer ?? new FakeSynthesizer(), reporter ?? new RecordingStepReporter(),
            NullLoggerFactory.Instance, clock ?? new ManualClock(Start));
    }

    /// <summary>A destination nothing listens on: connecting is refused at once.</summary>
    public static DicomNode ClosedPort() => new("127.0.0.1", FreePort.Next(), "PACSLAB");

    public static DicomNode NodeOf(TestScp scp) => new("127.0.0.1", scp.Port, scp.AeTitle);

    /// <summary>A patient typed in by hand, the usual way tests make a study.</summary>
    public static ManualRegistration Patient(string id = "P-1001", string name = "DOE^JANE", string accession = "ACC-1") =>
        new() { PatientId = id, PatientName = name, AccessionNumber = accession, BirthDate = "19750412", Sex = "F", StudyDescription = "CT HEAD" };
}
