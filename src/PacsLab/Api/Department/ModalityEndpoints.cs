using PacsLab.Department.Hosting;
using PacsLab.Department.Modalities;

namespace PacsLab.Api.Department;

/// <summary>A modality's console: status, service menu (network settings and Verify), worklist, acquisition, send queue.</summary>
public static class ModalityEndpoints
{
    /// <summary>What to acquire: the worklist step with this accession number, or (empty) the first one still scheduled.</summary>
    public sealed record AcquireRequest(string? AccessionNumber = null);

    public sealed record ServiceMenuView(ModalityNetworkSettings Settings, int? ListeningPort);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", (DepartmentDevices devices) => devices.Modalities.Select(m => m.Status).ToList()).WithName("ListModalities");
        group.MapGet("/{name}", (string name, DepartmentDevices devices) => With(devices, name, d => Results.Ok(d.Status))).WithName("GetModality");
        group.MapGet("/{name}/config", (string name, DepartmentDevices devices) =>
            With(devices, name, d => Results.Ok(new ServiceMenuView(d.ServiceMenu.Current, d.ServiceMenu.ListeningPort)))).WithName("GetModalityConfig");
        group.MapPut("/{name}/config", async (string name, NetworkSettingsEdit edit, DepartmentDevices devices, CancellationToken ct) =>
            await WithAsync(devices, name, async d =>
            {
                var settings = await d.ServiceMenu.ApplyAsync(edit, ct);
                return Results.Ok(new ServiceMenuView(settings, d.ServiceMenu.ListeningPort));
            })).WithName("EditModalityConfig");
        group.MapPost("/{name}/verify", async (string name, DepartmentDevices devices, CancellationToken ct) =>
            await WithAsync(devices, name, async d => Results.Ok(await d.VerifyAsync(ct)))).WithName("VerifyModality");
        group.MapGet("/{name}/worklist", async (string name, DepartmentDevices devices, CancellationToken ct) =>
            await WithAsync(devices, name, async d => Results.Ok(await d.QueryWorklistAsync(cancellationToken: ct)))).WithName("ModalityWorklist");
        group.MapPost("/{name}/acquire", AcquireAsync).WithName("AcquireFromWorklist");
        group.MapPost("/{name}/register", async (string name, ManualRegistration registration, DepartmentDevices devices, CancellationToken ct) =>
            await WithAsync(devices, name, async d => Results.Ok(await d.RegisterManuallyAsync(registration, ct)))).WithName("RegisterPatientByHand");
        group.MapGet("/{name}/jobs", (string name, DepartmentDevices devices) => With(devices, name, d => Results.Ok(d.Jobs))).WithName("ListSendJobs");
        group.MapGet("/{name}/jobs/{jobId}", (string name, string jobId, DepartmentDevices devices) =>
            With(devices, name, d => d.FindJob(jobId) is { } job ? Results.Ok(job) : NoJob(name, jobId))).WithName("GetSendJob");
        group.MapPost("/{name}/jobs/{jobId}/resend", async (string name, string jobId, DepartmentDevices devices, CancellationToken ct) =>
            await WithAsync(devices, name, async d => await d.ResendAsync(jobId, ct) is { } job ? Results.Ok(job) : NoJob(name, jobId))).WithName("ResendSendJob");
    }

    private static async Task<IResult> AcquireAsync(string name, AcquireRequest? request, DepartmentDevices devices, CancellationToken ct) =>
        await WithAsync(devices, name, async device =>
        {
            var worklist = await device.QueryWorklistAsync(cancellationToken: ct);
            if (!worklist.Success)
                return Results.Problem(title: "The worklist could not be queried", detail: $"{worklist.Summary} Register the patient by hand (POST .../register) or fix the worklist settings.",
                    statusCode: StatusCodes.Status502BadGateway);
            var wanted = request?.AccessionNumber;
            var item = worklist.Items.FirstOrDefault(i => wanted is { Length: > 0 } ? i.AccessionNumber == wanted : !string.Equals(i.ScheduledProcedureStepStatus, "STARTED", StringComparison.OrdinalIgnoreCase));
            if (item is null)
                return Results.Problem(title: "Nothing to acquire",
                    detail: wanted is { Length: > 0 }
                        ? $"No worklist step with accession number {wanted} for {worklist.StationAeTitle}. {worklist.Summary}"
                        : $"The worklist has no scheduled step for {worklist.StationAeTitle}. {worklist.Summary}",
                    statusCode: StatusCodes.Status409Conflict);
            return Results.Ok(await device.AcquireAsync(item, ct));
        });

    private static IResult With(DepartmentDevices devices, string name, Func<ModalityDevice, IResult> action) =>
        devices.FindModality(name) is { } device ? action(device) : NoDevice(devices, name);

    private static async Task<IResult> WithAsync(DepartmentDevices devices, string name, Func<ModalityDevice, Task<IResult>> action) =>
        devices.FindModality(name) is { } device ? await action(device) : NoDevice(devices, name);

    private static IResult NoDevice(DepartmentDevices devices, string name) =>
        Results.Problem(title: "No such modality", statusCode: StatusCodes.Status404NotFound,
            detail: $"The department has no modality named '{name}'. It has: {string.Join(", ", devices.Modalities.Select(m => m.Name))}.");

    private static IResult NoJob(string name, string jobId) =>
        Results.Problem(title: "No such send job", statusCode: StatusCodes.Status404NotFound,
            detail: $"{name} has no send job '{jobId}'. GET .../jobs lists them.");
}
