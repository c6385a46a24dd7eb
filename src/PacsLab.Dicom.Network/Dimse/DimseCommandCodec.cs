namespace PacsLab.Dicom.Network.Dimse;

/// <summary>Command sets to and from bytes: implicit VR little endian, whatever the presentation context (PS3.7 6.3.1).</summary>
public static class DimseCommandCodec
{
    public static Task<byte[]> EncodeAsync(DimseCommand command, CancellationToken cancellationToken = default)
    {
        if (!command.Dataset.Contains(DimseTags.CommandGroupLength))
            command.Dataset.AddOrUpdate(DicomBinary.FromValues(DimseTags.CommandGroupLength, DicomVR.UL, [0u]));
        return DicomDatasetSerializer.SerializeAsync(command.Dataset, DicomTransferSyntax.ImplicitVRLittleEndian, null, cancellationToken);
    }

    /// <summary>Parses a command set; anything outside group 0000 or without a Command Field is refused.</summary>
    public static async Task<DimseCommand> DecodeAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream(bytes.ToArray(), writable: false);
        var dataset = await DicomDatasetSerializer.ReadAsync(stream, DicomTransferSyntax.ImplicitVRLittleEndian, null, cancellationToken).ConfigureAwait(false);
        if (dataset.FirstOrDefault(i => i.Tag.Group != 0x0000) is { } stray)
            throw new DicomFormatException($"the command set holds {stray.Tag}, outside command group 0000", 0, stray.Tag);
        if (!dataset.Contains(DimseTags.CommandField))
            throw new DicomFormatException("the command set has no Command Field (0000,0100)", 0, DimseTags.CommandField);
        return new DimseCommand(dataset);
    }
}
