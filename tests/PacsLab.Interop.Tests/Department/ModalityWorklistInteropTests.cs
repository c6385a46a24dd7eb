using PacsLab.Department.Configuration;
using PacsLab.Department.Modalities;
using PacsLab.TestKit;

namespace PacsLab.Interop.Tests.Department;

/// <summary>A simulated modality querying DCMTK's wlmscpfs (Modality Worklist FIND).</summary>
public sealed class ModalityWorklistInteropTests
{
    private static readonly DateOnly Day = new(2026, 5, 4);

    [SkippableFact]
    public async Task QueryWorklist_Wlmscpfs_ReturnsOnlyThisStationsStepsForTheDay()
    {
        await using var ris = await ModalityWorklistProvider.StartAsync("RIS",
            ModalityWorklistProvider.Item("ACC-2", "P-2002", "ROE^RICHARD", "1.2.826.0.1.3680043.2.1125.102", "CT_ROOM1", "CT", "20260504", "093000", "SPS-102", "CT CHEST"),
            ModalityWorklistProvider.Item("ACC-1", "P-1001", "DOE^JANE", "1.2.826.0.1.3680043.2.1125.101", "CT_ROOM1", "CT", "20260504", "081500", "SPS-101", "CT HEAD"),
            ModalityWorklistProvider.Item("ACC-3", "P-3003", "POE^EDGAR", "1.2.826.0.1.3680043.2.1125.103", "MR_3T", "MR", "20260504", "100000", "SPS-103", "MR KNEE"),
            ModalityWorklistProvider.Item("ACC-4", "P-4004", "LOE^LAURA", "1.2.826.0.1.3680043.2.1125.104", "CT_ROOM1", "CT", "20260505", "080000", "SPS-104", "CT SPINE"));
        using var folder = new TempDirectory();
        await using var device = ModalityInterop.Create(folder.Path, new DicomNode("127.0.0.1", 104, "PACSLAB"), new DicomNode("127.0.0.1", ris.Port, "RIS"));

        var result = await device.QueryWorklistAsync(new WorklistQuery(Day, Day));

        Assert.True(result.Success, $"{result.Summary}\n{ris.Process.Describe()}");
        Assert.Equal(["ACC-1", "ACC-2"], result.Items.Select(i => i.AccessionNumber));
        var first = result.Items[0];
        Assert.Equal(("P-1001", "DOE^JANE", "19750412", "F"), (first.Patient.PatientId, first.Patient.PatientName, first.Patient.BirthDate, first.Patient.Sex));
        Assert.Equal(("1.2.826.0.1.3680043.2.1125.101", "SPS-101", "RP-SPS-101", "CT HEAD"),
            (first.StudyInstanceUid, first.ScheduledProcedureStepId, first.RequestedProcedureId, first.RequestedProcedureDescription));
        Assert.Equal(("CT", "CT_ROOM1", new DateTime(2026, 5, 4, 8, 15, 0)), (first.Modality, first.ScheduledStationAeTitle, first.ScheduledStart));
    }

    [SkippableFact]
    public async Task QueryWorklist_TwoDays_IncludesTheNextDaysStep()
    {
        await using var ris = await ModalityWorklistProvider.StartAsync("RIS",
            ModalityWorklistProvider.Item("ACC-1", "P-1001", "DOE^JANE", "1.2.826.0.1.3680043.2.1125.101", "CT_ROOM1", "CT", "20260504", "081500", "SPS-101", "CT HEAD"),
            ModalityWorklistProvider.Item("ACC-4", "P-4004", "LOE^LAURA", "1.2.826.0.1.3680043.2.1125.104", "CT_ROOM1", "CT", "20260505", "080000", "SPS-104", "CT SPINE"),
            ModalityWorklistProvider.Item("ACC-5", "P-5005", "MOE^MARY", "1.2.826.0.1.3680043.2.1125.105", "CT_ROOM1", "CT", "20260507", "080000", "SPS-105", "CT SPINE"));
        using var folder = new TempDirectory();
        await using var device = ModalityInterop.Create(folder.Path, new DicomNode("127.0.0.1", 104, "PACSLAB"), new DicomNode("127.0.0.1", ris.Port, "RIS"));

        var result = await device.QueryWorklistAsync(new WorklistQuery(Day, Day.AddDays(1)));

        Assert.Equal(["ACC-1", "ACC-4"], result.Items.Select(i => i.AccessionNumber));
    }
}
