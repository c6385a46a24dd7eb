using PacsLab.Department.Hosting;

namespace PacsLab.Api.Department;

/// <summary>
/// The workstation's DICOM listener (its C-STORE SCP): whether it runs and on which port, and switching it on or off.
/// While it is off nothing listens on its port, so a C-MOVE to the workstation fails to connect.
/// </summary>
public static class WorkstationListenerEndpoints
{
    public sealed record ListenerView(string AeTitle, bool Running, int? Port);

    public sealed record ListenerChange(bool Running);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", (DepartmentDevices devices) => View(devices)).WithName("GetWorkstationListener");
        group.MapPut("/", async (ListenerChange change, DepartmentDevices devices, CancellationToken ct) =>
        {
            try
            {
                if (change.Running) await devices.Workstation.StartAsync(ct);
                else await devices.Workstation.StopAsync(ct);
            }
            catch (InvalidOperationException ex)
            {
                return Results.Problem(title: "The workstation's listener could not be started", detail: ex.Message, statusCode: StatusCodes.Status409Conflict);
            }
            return Results.Ok(View(devices));
        }).WithName("SetWorkstationListener");
    }

    private static ListenerView View(DepartmentDevices devices) => new(devices.Workstation.AeTitle, devices.Workstation.Port is not null, devices.Workstation.Port);
}
