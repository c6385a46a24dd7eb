using PacsLab.Department.Configuration;
using PacsLab.Department.Hosting;
using PacsLab.Department.Workstation;

namespace PacsLab.Api.Department;

/// <summary>The reading workstation: what it received, and retrieving a patient's prior studies from the PACS.</summary>
public static class WorkstationEndpoints
{
    public sealed record WorkstationView(string AeTitle, int? Port, DicomNode Pacs, IReadOnlyList<ReceivedStudy> ReceivedStudies);

    public sealed record RetrieveRequest(string PatientId, string? StudyInstanceUid = null);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", (DepartmentDevices devices) =>
        {
            var ws = devices.Workstation;
            return new WorkstationView(ws.AeTitle, ws.Port, ws.Pacs, ws.ReceivedStudies);
        }).WithName("GetWorkstation");
        group.MapPost("/retrieve", async (RetrieveRequest request, DepartmentDevices devices, CancellationToken ct) =>
            await devices.Workstation.RetrievePriorsAsync(request.PatientId, request.StudyInstanceUid, ct)).WithName("RetrievePriors");
        group.MapPost("/verify", async (DepartmentDevices devices, CancellationToken ct) => await devices.Workstation.VerifyAsync(ct)).WithName("VerifyWorkstation");
    }
}
