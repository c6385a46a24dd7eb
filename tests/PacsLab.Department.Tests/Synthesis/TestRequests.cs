using PacsLab.Department.Synthesis;
using PacsLab.Dicom;

namespace PacsLab.Department.Tests.Synthesis;

/// <summary>Requests the synthesis tests share, and reading values back out of what was made.</summary>
internal static class TestRequests
{
    public static readonly DateTime AcquiredAt = new(2025, 3, 4, 10, 15, 30);

    public static StudyRequest For(string modality, int seed = 7, int? images = null, string patientName = "O'BRIEN^SEAN^PATRICK") => new()
    {
        Modality = modality,
        Patient = new PatientDemographics("PL100003", patientName, "19580312", "M"),
        AccessionNumber = "A20001",
        StudyDescription = "TEST STUDY",
        ReferringPhysicianName = "HOUSE^GREGORY^^DR",
        RequestedProcedureId = "RP20001",
        ScheduledProcedureStepId = "SPS20001",
        StationName = "TESTROOM",
        StationAeTitle = "TEST_ROOM",
        Manufacturer = "Test Manufacturer",
        InstitutionName = "Test Hospital",
        AcquiredAt = AcquiredAt,
        Seed = seed,
        ImagesPerSeries = images,
    };

    public static async Task<byte[]> BytesAsync(DicomFile file)
    {
        using var stream = new MemoryStream();
        await file.WriteAsync(stream);
        return stream.ToArray();
    }

    public static byte[] Pixels(DicomFile file) => ((DicomElement)file.Dataset[DicomTags.PixelData]!).Value.ToArray();

    public static DicomTag Tag(string keyword) =>
        DicomDictionary.TryGetByKeyword(keyword, out var entry) ? entry.Tag : throw new ArgumentException($"No keyword {keyword}.");

    public static string? Text(DicomFile file, string keyword) => file.Dataset.GetString(Tag(keyword));

    public static double[] Numbers(DicomFile file, string keyword) => file.Dataset.GetNumbers<double>(Tag(keyword));

    /// <summary>The stored value of a 16-bit single-sample pixel, signed or not as the image says.</summary>
    public static int Stored(DicomFile file, int row, int column)
    {
        var columns = (int)Numbers(file, "Columns")[0];
        var bytes = ((DicomElement)file.Dataset[DicomTags.PixelData]!).Value.Span;
        var i = 2 * (row * columns + column);
        var raw = bytes[i] | bytes[i + 1] << 8;
        return Numbers(file, "PixelRepresentation")[0] == 1 ? (short)raw : raw;
    }
}
