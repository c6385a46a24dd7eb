using System.Buffers.Binary;
using System.Net;
using System.Text.Json;
using PacsLab.Dicom;

namespace PacsLab.Tests.Api;

public sealed class InstanceApiTests
{
    private const string Study = "1.2.826.0.1.3680043.10.1";
    private const string Series = "1.2.826.0.1.3680043.10.1.1";
    private const string Sop = "1.2.826.0.1.3680043.10.1.1.1";
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task File_StoredInstance_IsThePart10FileWithASafeDownloadName()
    {
        await using var api = await StartWithImageAsync();

        using var response = await api.Http.GetAsync($"/api/pacs/instances/{Sop}/file");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/dicom", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{Sop}.dcm", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var file = await DicomFile.ReadAsync(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal(Sop, file.Dataset.GetString(DicomTags.SOPInstanceUID));
        Assert.Equal(Sop, file.FileMetaInformation.GetString(DicomTags.MediaStorageSOPInstanceUID));
    }

    [Fact]
    public async Task Header_StoredImage_IsDicomJsonWithThePatientIdAndNoPixelData()
    {
        await using var api = await StartWithImageAsync();

        using var response = await api.Http.GetAsync($"/api/pacs/instances/{Sop}/header");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/dicom+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("LO", json.GetProperty("00100020").GetProperty("vr").GetString());
        Assert.Equal("P1", json.GetProperty("00100020").GetProperty("Value")[0].GetString());
        Assert.Equal(64, json.GetProperty("00280010").GetProperty("Value")[0].GetInt32());
        Assert.False(json.TryGetProperty("7FE00010", out _));
    }

    [Fact]
    public async Task Dump_StoredImage_ListsThePatientIdElementAsDcmdumpDoes()
    {
        await using var api = await StartWithImageAsync();

        using var response = await api.Http.GetAsync($"/api/pacs/instances/{Sop}/dump");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("(0010,0020)", text);
        Assert.Contains("[P1]", text);
        Assert.Contains("(7fe0,0010)", text);
    }

    [Fact]
    public async Task Rendered_DefaultFrame_IsAPngOfTheImageSize()
    {
        await using var api = await StartWithImageAsync();

        using var response = await api.Http.GetAsync($"/api/pacs/instances/{Sop}/rendered");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var png = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(PngSignature, png[..8]);
        Assert.Equal((64, 64), PngSize(png));
    }

    [Fact]
    public async Task Rendered_WithMaxWidthAndAWindow_IsAThumbnail()
    {
        await using var api = await StartWithImageAsync();

        using var response = await api.Http.GetAsync($"/api/pacs/instances/{Sop}/rendered?frame=1&windowCenter=32768&windowWidth=65536&maxWidth=16");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((16, 16), PngSize(await response.Content.ReadAsByteArrayAsync()));
    }

    [Theory]
    [InlineData("frame=2", "there is no frame 2")]
    [InlineData("frame=0", "numbered from 1")]
    [InlineData("windowCenter=40", "both a center and a width")]
    [InlineData("maxWidth=0", "at least 1 pixel")]
    public async Task Rendered_CallersMistake_Is400WithTheReason(string query, string reason)
    {
        await using var api = await StartWithImageAsync();

        using var response = await api.Http.GetAsync($"/api/pacs/instances/{Sop}/rendered?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(reason, await ApiTestInstances.ProblemDetailAsync(response));
    }

    [Fact]
    public async Task Rendered_InstanceWithoutPixelData_Is422WithTheRenderersExplanation()
    {
        await using var api = await RunningPacsApi.StartAsync();
        var document = ApiTestInstances.Image("P1", Study, Series, Sop);
        document.Remove(DicomTags.PixelData);
        await ApiTestInstances.StoreAsync(api, document);

        using var response = await api.Http.GetAsync($"/api/pacs/instances/{Sop}/rendered");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("(7FE0,0010)", await ApiTestInstances.ProblemDetailAsync(response));
    }

    [Theory]
    [InlineData("file")]
    [InlineData("header")]
    [InlineData("dump")]
    [InlineData("rendered")]
    public async Task AnyRoute_UnknownUid_Is404NotInThePacs(string route)
    {
        await using var api = await StartWithImageAsync();

        using var response = await api.Http.GetAsync($"/api/pacs/instances/1.2.3.999/{route}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("instance 1.2.3.999 is not in the PACS", await ApiTestInstances.ProblemDetailAsync(response));
    }

    [Fact]
    public async Task File_TextThatIsNotAUid_Is400()
    {
        await using var api = await RunningPacsApi.StartAsync();

        using var response = await api.Http.GetAsync("/api/pacs/instances/1.2.abc/file");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("digits and dots", await ApiTestInstances.ProblemDetailAsync(response));
    }

    [Fact]
    public async Task Header_FileDeletedBehindThePacsBack_Is500SayingToReconcile()
    {
        await using var api = await StartWithImageAsync();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(api.DataDirectory, "archive"), "*.dcm", SearchOption.AllDirectories)) File.Delete(file);

        using var response = await api.Http.GetAsync($"/api/pacs/instances/{Sop}/header");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var detail = await ApiTestInstances.ProblemDetailAsync(response);
        Assert.Contains($"the index lists instance {Sop} but its file is missing", detail);
        Assert.Contains("pacslab pacs reconcile", detail);
    }

    private static async Task<RunningPacsApi> StartWithImageAsync()
    {
        var api = await RunningPacsApi.StartAsync();
        try
        {
            await ApiTestInstances.StoreAsync(api, ApiTestInstances.Image("P1", Study, Series, Sop));
            return api;
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }
    }

    /// <summary>Width and height from the IHDR chunk, which follows the signature (big-endian, bytes 16-23).</summary>
    private static (int Width, int Height) PngSize(byte[] png) =>
        (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
}
