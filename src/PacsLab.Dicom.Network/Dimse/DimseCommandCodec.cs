using System.Buffers.Binary;

namespace PacsLab.Dicom.Network.Dimse;

/// <summary>Command sets to and from bytes: implicit VR little endian, whatever the presentation context (PS3.7 6.3.1).</summary>
public static class DimseCommandCodec
{
    private const int ElementHeader = 8;

    public static Task<byte[]> EncodeAsync(DimseCommand command, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Encode(command));
    }

    /// <summary>
    /// A command set holds only plain elements of group 0000, so it is written here directly, in one array of its exact
    /// size: tag, 32-bit length, value padded to even length with the VR's padding byte (PS3.5 7.1.2), the Command
    /// Group Length (0000,0000) computed over the rest (PS3.7 E.1). Every response goes through this, which is why
    /// the general data set writer, with its buffers, is not used.
    /// </summary>
    public static byte[] Encode(DimseCommand command)
    {
        var dataset = command.Dataset;
        if (!dataset.Contains(DimseTags.CommandGroupLength))
            dataset.AddOrUpdate(DicomBinary.FromValues(DimseTags.CommandGroupLength, DicomVR.UL, [0u]));
        long groupLength = 0;
        foreach (var item in dataset)
        {
            if (item is not DicomElement element || item.Tag.Group != 0x0000)
                throw new InvalidOperationException($"a command set holds only elements of group 0000, not {item.Tag}");
            if (item.Tag != DimseTags.CommandGroupLength) groupLength += ElementHeader + Padded(element.Length);
        }
        var bytes = new byte[ElementHeader + 4 + groupLength];
        var at = 0;
        foreach (var item in dataset)
        {
            var element = (DicomElement)item;
            if (item.Tag == DimseTags.CommandGroupLength)
            {
                at = WriteHeader(bytes, at, item.Tag, 4);
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at), (uint)groupLength);
                at += 4;
                continue;
            }
            var padded = Padded(element.Length);
            at = WriteHeader(bytes, at, item.Tag, (uint)padded);
            element.Value.Span.CopyTo(bytes.AsSpan(at));
            if (padded != element.Length) bytes[at + element.Length] = element.VR.PaddingByte;
            at += (int)padded;
        }
        return bytes;
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

    private static long Padded(int length) => length + (length & 1);

    private static int WriteHeader(byte[] bytes, int at, DicomTag tag, uint length)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at), tag.Group);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at + 2), tag.Element);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at + 4), length);
        return at + ElementHeader;
    }
}
