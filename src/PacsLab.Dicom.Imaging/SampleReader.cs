using System.Buffers.Binary;

namespace PacsLab.Dicom.Imaging;

/// <summary>
/// Reads stored sample values: takes Bits Stored bits ending at High Bit out of each Bits Allocated cell, drops
/// whatever is in the other bits (overlays, garbage), and sign-extends two's complement values when Pixel
/// Representation is 1 (PS3.5 8.1.1 and Annex D; PS3.3 C.7.6.3.1.1). 1-bit data is packed least significant bit first.
/// </summary>
internal static class SampleReader
{
    /// <summary>The samples of the frame in stored order; colour samples are left interleaved or planar as stored.</summary>
    public static int[] Read(FrameData frame, bool signed)
    {
        var layout = frame.Layout;
        var count = layout.SamplesPerFrame;
        var bytes = frame.Bytes.Span;
        var neededBits = frame.BitOffset + (long)count * layout.BitsAllocated;
        if ((long)bytes.Length * 8 < neededBits)
        {
            throw new DicomImagingException(DicomImagingError.PixelDataTooShort,
                $"cannot render: the frame holds {bytes.Length} bytes but {layout.Describe()} needs {(neededBits + 7) / 8} for it.");
        }

        var shift = layout.HighBit + 1 - layout.BitsStored;
        var bits = layout.BitsStored;
        var mask = (1 << bits) - 1;
        var signBit = 1 << (bits - 1);
        var result = new int[count];
        for (var i = 0; i < count; i++)
        {
            int raw = layout.BitsAllocated switch
            {
                1 => Bit(bytes, frame.BitOffset + i),
                8 => bytes[i],
                _ => BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(i * 2, 2)),
            };
            var value = (raw >> shift) & mask;
            if (signed && (value & signBit) != 0) value -= 1 << bits;
            result[i] = value;
        }
        return result;
    }

    private static int Bit(ReadOnlySpan<byte> bytes, long index) => (bytes[(int)(index >> 3)] >> (int)(index & 7)) & 1;
}
