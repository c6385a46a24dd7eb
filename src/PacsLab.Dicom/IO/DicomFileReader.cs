namespace PacsLab.Dicom;

internal static class DicomFileReader
{
    public static Task<DicomFile> ReadAsync(Stream stream, DicomReadOptions options, CancellationToken cancellationToken) =>
        throw new NotImplementedException("being written");
}
