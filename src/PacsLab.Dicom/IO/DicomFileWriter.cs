namespace PacsLab.Dicom;

internal static class DicomFileWriter
{
    public static Task WriteAsync(Stream stream, DicomFile file, DicomWriteOptions options, CancellationToken cancellationToken) =>
        throw new NotImplementedException("being written");
}
