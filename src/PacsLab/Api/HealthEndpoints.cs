using PacsLab.Pacs;
using PacsLab.Pacs.Hosting;

namespace PacsLab.Api;

public sealed record HealthReport(string Status, string AeTitle, string? DicomEndPoint, string? Problem);

public static class HealthEndpoints
{
    /// <summary>Healthy once the DICOM listener accepts associations; 503 with the reason when it failed to start.</summary>
    public static async Task<IResult> GetAsync(PacsDicomService dicom, PacsOptions options)
    {
        if (!dicom.Ready.IsCompleted) return Results.Json(new HealthReport("starting", options.AeTitle, null, null), statusCode: 503);
        try
        {
            var endPoint = await dicom.Ready;
            return Results.Ok(new HealthReport("healthy", options.AeTitle, endPoint.ToString(), null));
        }
        catch (Exception ex)
        {
            return Results.Json(new HealthReport("failed", options.AeTitle, null, ex.Message), statusCode: 503);
        }
    }
}
