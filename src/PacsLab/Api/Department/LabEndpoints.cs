using PacsLab.Department.Hosting;

namespace PacsLab.Api.Department;

/// <summary>The lab as a whole: who is where, and the acquisition trickle (interval, or one acquisition now).</summary>
public static class LabEndpoints
{
    public sealed record TrickleView(int IntervalSeconds);

    public sealed record AcquireNowResult(string Outcome);

    public sealed record LabView(string Pacs, string Ris, string Workstation, IReadOnlyList<PacsLab.Department.Modalities.ModalityStatus> Modalities, int TrickleIntervalSeconds);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", (DepartmentDevices devices, RisService ris, PacsLab.Department.Configuration.DepartmentOptions department, AcquisitionTrickle trickle) =>
            new LabView(department.Pacs.ToNode().ToString(), $"{ris.AeTitle} at {ris.LocalEndPoint}",
                $"{devices.Workstation.AeTitle} at 127.0.0.1:{devices.Workstation.Port}", devices.Modalities.Select(m => m.Status).ToList(),
                trickle.IntervalSeconds)).WithName("GetLab");
        group.MapGet("/trickle", (AcquisitionTrickle trickle) => new TrickleView(trickle.IntervalSeconds)).WithName("GetTrickle");
        group.MapPut("/trickle", (TrickleView change, AcquisitionTrickle trickle) =>
        {
            if (change.IntervalSeconds < 0)
                return Results.Problem(title: "The request is not valid", detail: "intervalSeconds must be 0 (off) or more.", statusCode: StatusCodes.Status400BadRequest);
            trickle.SetInterval(change.IntervalSeconds);
            return Results.Ok(new TrickleView(trickle.IntervalSeconds));
        }).WithName("SetTrickle");
        group.MapPost("/trickle/acquire-now", async (AcquisitionTrickle trickle, CancellationToken ct) =>
            new AcquireNowResult(await trickle.AcquireNextAsync(ct))).WithName("AcquireNow");
    }
}
