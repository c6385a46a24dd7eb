namespace PacsLab.Dicom;

/// <summary>Writes PS3.10 files: preamble, "DICM", the meta group with its group length, then the data set.</summary>
internal static class DicomFileWriter
{
    public static async Task WriteAsync(Stream stream, DicomFile file, DicomWriteOptions options, CancellationToken cancellationToken)
    {
        using var sink = new DicomByteSink(stream);
        var preamble = file.Preamble.Length == 128 ? file.Preamble : new byte[128];
        await sink.WriteAsync(preamble, cancellationToken).ConfigureAwait(false);
        await sink.WriteAsync("DICM"u8.ToArray(), cancellationToken).ConfigureAwait(false);

        var meta = file.FileMetaInformation.Clone();
        meta.RemoveWhere(i => i.Tag.Group != 0x0002);
        meta.AddOrUpdate(DicomBinary.FromValues(DicomTags.FileMetaInformationGroupLength, DicomVR.UL, [0u]));
        await new DicomDatasetWriter(sink, DicomEncoding.MetaGroup, cancellationToken).WriteAsync(meta).ConfigureAwait(false);

        await sink.FlushAsync(cancellationToken).ConfigureAwait(false);
        await DicomDatasetSerializer.WriteAsync(stream, file.Dataset, file.TransferSyntax, options, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
