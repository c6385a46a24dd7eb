using System.Buffers.Binary;
using System.Net.Http.Json;
using System.Text.Json;
using PacsLab.Dicom;
using PacsLab.Dicom.Network.Client;

namespace PacsLab.Tests.Api;

/// <summary>Instances for the API tests: small real images, stored in the running PACS through C-STORE as a modality would.</summary>
internal static class ApiTestInstances
{
    public const string SecondaryCaptureImageStorage = "1.2.840.10008.5.1.4.1.1.7";
    public const int Size = 64;

    /// <summary>A 64x64 MONOCHROME2 image, 16 bits unsigned, a ramp from top left to bottom right.</summary>
    public static DicomDataset Image(string patientId, string studyUid, string seriesUid, string sopUid, string patientName = "DOE^JANE")
    {
        var pixels = new byte[Size * Size * 2];
        for (var i = 0; i < Size * Size; i++) BinaryPrimitives.WriteUInt16LittleEndian(pixels.AsSpan(i * 2), (ushort)(i * 16));
        return new DicomDataset()
            .AddOrUpdate(DicomTags.SOPClassUID, DicomVR.UI, SecondaryCaptureImageStorage)
            .AddOrUpdate(DicomTags.SOPInstanceUID, DicomVR.UI, sopUid)
            .AddOrUpdate(DicomTags.PatientName, DicomVR.PN, patientName)
            .AddOrUpdate(DicomTags.PatientID, DicomVR.LO, patientId)
            .AddOrUpdate(DicomTags.Modality, DicomVR.CS, "OT")
            .AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, studyUid)
            .AddOrUpdate(DicomTags.SeriesInstanceUID, DicomVR.UI, seriesUid)
            .AddOrUpdate(Tag("SamplesPerPixel"), DicomVR.US, (ushort)1)
            .AddOrUpdate(Tag("PhotometricInterpretation"), DicomVR.CS, "MONOCHROME2")
            .AddOrUpdate(Tag("Rows"), DicomVR.US, (ushort)Size)
            .AddOrUpdate(Tag("Columns"), DicomVR.US, (ushort)Size)
            .AddOrUpdate(DicomTags.BitsAllocated, DicomVR.US, (ushort)16)
            .AddOrUpdate(Tag("BitsStored"), DicomVR.US, (ushort)16)
            .AddOrUpdate(Tag("HighBit"), DicomVR.US, (ushort)15)
            .AddOrUpdate(DicomTags.PixelRepresentation, DicomVR.US, (ushort)0)
            .AddOrUpdate(DicomTags.PixelData, DicomVR.OW, pixels);
    }

    /// <summary>Stores the data sets over one association from STORESCU (in the AE table of <see cref="RunningPacsApi"/>).</summary>
    public static async Task StoreAsync(RunningPacsApi api, params DicomDataset[] datasets)
    {
        var options = new DicomClientOptions { Host = "127.0.0.1", Port = api.DicomEndPoint.Port, CalledAeTitle = "PACSLAB", CallingAeTitle = "STORESCU" };
        var classes = datasets.Select(d => d.GetString(DicomTags.SOPClassUID)!).Distinct()
            .Select(c => (c, (IReadOnlyList<string>)new[] { DicomTransferSyntax.ExplicitVRLittleEndian.Uid }));
        await using var client = await DicomClient.ConnectAsync(options, DicomClient.Proposals(classes));
        foreach (var dataset in datasets)
        {
            var response = await client.StoreAsync(DicomFile.Create(dataset, DicomTransferSyntax.ExplicitVRLittleEndian));
            Assert.True(response.Status.IsSuccess, $"C-STORE of {dataset.GetString(DicomTags.SOPInstanceUID)} failed");
        }
        await client.ReleaseAsync();
    }

    /// <summary>POSTs JSON, as the trainee <paramref name="user"/> when given (the X-PacsLab-User header).</summary>
    public static async Task<HttpResponseMessage> PostAsync<T>(RunningPacsApi api, string path, T body, string? user = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: RunningPacsApi.Json) };
        if (user is not null) request.Headers.Add("X-PacsLab-User", user);
        return await api.Http.SendAsync(request);
    }

    /// <summary>The "detail" member of an RFC 9457 problem response.</summary>
    public static async Task<string> ProblemDetailAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString() ?? "";

    private static DicomTag Tag(string keyword) =>
        DicomDictionary.TryGetByKeyword(keyword, out var entry) ? entry.Tag : throw new InvalidOperationException($"no keyword {keyword}");
}
