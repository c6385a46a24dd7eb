using System.Text;
using PacsLab.Dicom;
using PacsLab.Dicom.Imaging;
using PacsLab.Pacs.Browse;

namespace PacsLab.Api;

/// <summary>
/// One archived instance, by SOP Instance UID: its Part 10 file, its header as DICOM JSON (PS3.18 Annex F), a
/// dcmdump-like listing, and one frame rendered as PNG. Instances of studies in the recycle bin are not shown.
/// </summary>
public static class InstanceEndpoints
{
    // Stops at group 7FE0, so the header leaves out the pixel data in all its forms (Extended Offset Table,
    // Float/Double Float Pixel Data, Pixel Data) and the elements after it (trailing padding, signatures).
    private static readonly DicomReadOptions WithoutPixelData = new() { StopBeforeTag = new DicomTag(0x7FE0, 0x0000) };

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/file", FileAsync).WithName("GetInstanceFile")
            .Produces(StatusCodes.Status200OK, contentType: "application/dicom").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/header", HeaderAsync).WithName("GetInstanceHeader")
            .Produces(StatusCodes.Status200OK, contentType: "application/dicom+json").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/dump", DumpAsync).WithName("GetInstanceDump")
            .Produces<string>(StatusCodes.Status200OK, contentType: "text/plain").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/rendered", RenderedAsync).WithName("GetInstanceRendered")
            .Produces(StatusCodes.Status200OK, contentType: "image/png").ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    /// <summary>The file as archived, streamed; the stream is closed by the result once sent.</summary>
    private static Task<IResult> FileAsync(string sopInstanceUid, InstanceFiles files, CancellationToken cancellationToken) =>
        WithFileAsync(sopInstanceUid, files, (file, content) =>
            Task.FromResult(Results.File(content, "application/dicom", DownloadName(file))), cancellationToken);

    private static Task<IResult> HeaderAsync(string sopInstanceUid, InstanceFiles files, CancellationToken cancellationToken) =>
        WithDicomAsync(sopInstanceUid, files, WithoutPixelData, (_, dicom) =>
            Task.FromResult(Results.Text(DicomJsonWriter.ToJson(dicom.Dataset), "application/dicom+json", Encoding.UTF8)), cancellationToken);

    private static Task<IResult> DumpAsync(string sopInstanceUid, InstanceFiles files, CancellationToken cancellationToken) =>
        WithDicomAsync(sopInstanceUid, files, null, (_, dicom) =>
            Task.FromResult(Results.Text(DicomDump.Format(dicom), "text/plain", Encoding.UTF8)), cancellationToken);

    /// <param name="frame">1-based, as in DICOMweb; the renderer counts from 0.</param>
    private static Task<IResult> RenderedAsync(string sopInstanceUid, InstanceFiles files, int? frame, double? windowCenter, double? windowWidth,
        int? maxWidth, int? maxHeight, CancellationToken cancellationToken)
    {
        var number = frame ?? 1;
        if (number < 1)
            return Task.FromResult(Problem(StatusCodes.Status400BadRequest, "Frame out of range",
                $"frame={number} does not name a frame: frames are numbered from 1 (as in DICOMweb), so frame=1 is the first."));
        var options = new RenderOptions { WindowCenter = windowCenter, WindowWidth = windowWidth, MaxWidth = maxWidth, MaxHeight = maxHeight };
        return WithDicomAsync(sopInstanceUid, files, null, (file, dicom) => RenderPngAsync(file, dicom, number, options, cancellationToken),
            cancellationToken);
    }

    /// <summary>
    /// Renders the frame to a PNG in memory, so a failure is still a problem response and not a cut-off image.
    /// Asking for a frame the image lacks and unusable options are the caller's mistakes (400); an image PacsLab
    /// cannot decode is 422 with the renderer's explanation.
    /// </summary>
    private static async Task<IResult> RenderPngAsync(InstanceFile file, DicomFile dicom, int frame, RenderOptions options, CancellationToken cancellationToken)
    {
        try
        {
            var frames = DicomImageRenderer.GetFrameCount(dicom.Dataset);
            if (frame > frames)
                return Problem(StatusCodes.Status400BadRequest, "Frame out of range",
                    $"instance {file.SopInstanceUid} has {(frames == 1 ? "1 frame" : $"{frames} frames")} (Number of Frames (0028,0008)), so there is no frame {frame}; " +
                    $"frames are numbered from 1 to {frames}.");
            using var png = new MemoryStream();
            await DicomImageRenderer.RenderPngAsync(dicom, options with { FrameIndex = frame - 1 }, png, cancellationToken);
            return Results.File(png.ToArray(), "image/png");
        }
        catch (DicomImagingException ex) when (ex.Error is DicomImagingError.FrameOutOfRange or DicomImagingError.InvalidRenderOptions)
        {
            return Problem(StatusCodes.Status400BadRequest, "Cannot render with these options", ex.Message);
        }
        catch (DicomImagingException ex)
        {
            return Problem(StatusCodes.Status422UnprocessableEntity, "Image cannot be rendered",
                $"instance {file.SopInstanceUid} (SOP Class {file.SopClassUid}, transfer syntax {file.TransferSyntaxUid}): {ex.Message}");
        }
    }

    /// <summary>Checks the UID, opens the instance's file and hands it to <paramref name="respond"/>, which owns the stream.</summary>
    private static async Task<IResult> WithFileAsync(string sopInstanceUid, InstanceFiles files, Func<InstanceFile, FileStream, Task<IResult>> respond,
        CancellationToken cancellationToken)
    {
        if (!DicomUid.IsValid(sopInstanceUid))
            return Problem(StatusCodes.Status400BadRequest, "Not a UID",
                $"'{Shorten(sopInstanceUid)}' is not a SOP Instance UID: a UID holds only digits and dots, at most {DicomUid.MaxLength} characters (PS3.5 9.1).");
        (InstanceFile File, FileStream Content)? opened;
        try
        {
            opened = await files.OpenAsync(sopInstanceUid, cancellationToken: cancellationToken);
        }
        catch (FileNotFoundException ex)
        {
            return Problem(StatusCodes.Status500InternalServerError, "Instance file missing", ex.Message);
        }
        if (opened is not { } found) return await NotInPacsAsync(sopInstanceUid, files, cancellationToken);
        return await respond(found.File, found.Content);
    }

    /// <summary>As <see cref="WithFileAsync"/>, reading the file as DICOM first; a file that does not parse is a damaged archive.</summary>
    private static Task<IResult> WithDicomAsync(string sopInstanceUid, InstanceFiles files, DicomReadOptions? readOptions,
        Func<InstanceFile, DicomFile, Task<IResult>> respond, CancellationToken cancellationToken) =>
        WithFileAsync(sopInstanceUid, files, async (file, content) =>
        {
            DicomFile dicom;
            await using (content)
            {
                try
                {
                    dicom = await DicomFile.ReadAsync(content, readOptions, cancellationToken);
                }
                catch (DicomFormatException ex)
                {
                    return Problem(StatusCodes.Status500InternalServerError, "Instance file damaged",
                        $"the archived file of instance {file.SopInstanceUid} cannot be read as DICOM: {ex.Message}. The file changed after the PACS " +
                        "stored it; run 'pacslab pacs reconcile' to check the archive, and store the instance again from its source.");
                }
            }
            return await respond(file, dicom);
        }, cancellationToken);

    private static async Task<IResult> NotInPacsAsync(string sopInstanceUid, InstanceFiles files, CancellationToken cancellationToken)
    {
        var deleted = await files.FindAsync(sopInstanceUid, includeRecycleBin: true, cancellationToken);
        var detail = deleted is null
            ? $"instance {sopInstanceUid} is not in the PACS: no stored instance has this SOP Instance UID (0008,0018). Check the UID, and the association log if it was sent but refused."
            : $"instance {sopInstanceUid} is not in the PACS: its study {deleted.StudyInstanceUid} is in the recycle bin. Restore the study to see it again.";
        return Problem(StatusCodes.Status404NotFound, "Not in the PACS", detail);
    }

    /// <summary>The download name: the UID (already checked to be digits and dots) and .dcm; never any other text.</summary>
    private static string DownloadName(InstanceFile file) => DicomUid.IsValid(file.SopInstanceUid) ? $"{file.SopInstanceUid}.dcm" : "instance.dcm";

    private static IResult Problem(int status, string title, string detail) => Results.Problem(title: title, statusCode: status, detail: detail);

    private static string Shorten(string text) => text.Length > 70 ? text[..70] + "..." : text;
}
