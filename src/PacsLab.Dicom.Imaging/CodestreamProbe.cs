using System.Buffers.Binary;

namespace PacsLab.Dicom.Imaging;

/// <summary>
/// Recognises the compression of encapsulated pixel data from the first bytes of its first fragment, for a data set
/// whose transfer syntax the caller does not know: JPEG by its start-of-frame marker (ISO 10918-1 B.1.1.3; SOF55 is
/// JPEG-LS, ISO 14495-1), JPEG 2000 by its codestream or JP2 signature (ISO 15444-1), RLE by its 64-byte header
/// (PS3.5 G.3.1).
/// </summary>
internal static class CodestreamProbe
{
    public static DicomTransferSyntax? Guess(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 4 && data[0] == 0xFF && data[1] == 0x4F && data[2] == 0xFF && data[3] == 0x51)
            return DicomTransferSyntax.Jpeg2000;
        if (data.Length >= 12 && data[4..8].SequenceEqual("jP  "u8))
            return DicomTransferSyntax.Jpeg2000;
        if (data.Length >= 2 && data[0] == 0xFF && data[1] == 0xD8)
            return JpegProcess(data);
        if (data.Length >= 64 && BinaryPrimitives.ReadUInt32LittleEndian(data) is >= 1 and <= 15 && BinaryPrimitives.ReadUInt32LittleEndian(data[4..]) == 64)
            return DicomTransferSyntax.RleLossless;
        return null;
    }

    /// <summary>Walks the marker segments after SOI up to the first SOFn marker.</summary>
    private static DicomTransferSyntax? JpegProcess(ReadOnlySpan<byte> data)
    {
        var i = 2;
        while (i + 4 <= data.Length)
        {
            if (data[i] != 0xFF) return null;
            var marker = data[i + 1];
            if (marker == 0xFF) { i++; continue; }
            switch (marker)
            {
                case 0xC0: return DicomTransferSyntax.JpegBaseline;
                case 0xC1: return DicomTransferSyntax.JpegExtended;
                case 0xC3: return DicomTransferSyntax.JpegLossless;
                case 0xF7: return DicomTransferSyntax.JpegLsLossless;
                case 0xC2: return DicomTransferSyntax.FromUid("1.2.840.10008.1.2.4.55");
                case 0xDA: return null;
            }
            i += 2 + BinaryPrimitives.ReadUInt16BigEndian(data[(i + 2)..]);
        }
        return null;
    }
}
