using PacsLab.Department.Configuration;
using PacsLab.Department.Hosting;
using PacsLab.Department.Workstation;

namespace PacsLab.Api.Department;

/// <summary>The reading workstation: what it received, and retrieving a patient's prior studies from the PACS.</summary>
public static class WorkstationEndpoints
{
    public sealed record WorkstationView(string AeTitle, int? Port, DicomNode Pacs, IReadOnlyList<ReceivedStudy> ReceivedStudies);

    public sealed record RetrieveRequest(string PatientId, string? StudyInstanceUid = null);

    /// <summary>The workstation's network settings: its own AE title and port (from department.yaml) and the PACS it uses.</summary>
    public sealed record WorkstationConfig(string AeTitle, int? Port, DicomNode Pacs);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", (DepartmentDevices devices) =>
        {
            var ws = devices.Workstation;
            return new WorkstationView(ws.AeTitle, ws.Port, ws.Pacs, ws.ReceivedStudies);
        }).WithName("GetWorkstation");
        group.MapPost("/retrieve", async (RetrieveRequest request, DepartmentDevices devices, CancellationToken ct) =>
            await devices.Workstation.RetrievePriorsAsync(request.PatientId, request.StudyInstanceUid, ct)).WithName("RetrievePriors");
        group.MapGet("/config", (DepartmentDevices devices) => Config(devices.Workstation)).WithName("GetWorkstationConfig");
        group.MapPut("/config", (DicomNode pacs, DepartmentDevices devices) =>
        {
            devices.Workstation.UsePacs(pacs);
            return Config(devices.Workstation);
        }).WithName("EditWorkstationConfig");
        group.MapPost("/verify", async (DepartmentDevices devices, CancellationToken ct) => await devices.Workstation.VerifyAsync(ct)).WithName("VerifyWorkstation");
    }

    private static WorkstationConfig Config(ReadingWorkstation workstation) => new(workstation.AeTitle, workstation.Port, workstation.Pacs);
}
