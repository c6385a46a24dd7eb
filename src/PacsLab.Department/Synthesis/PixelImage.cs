using System.Runtime.InteropServices;

namespace PacsLab.Department.Synthesis;

/// <summary>The pixels of one image and how they are laid out (PS3.3 C.7.6.3 Image Pixel Module).</summary>
internal sealed record PixelImage(
    int Rows,
    int Columns,
    string PhotometricInterpretation,
    int SamplesPerPixel,
    int BitsAllocated,
    int BitsStored,
    bool IsSigned,
    byte[] Data)
{
    public static PixelImage Signed16(int rows, int columns, int bitsStored, ReadOnlySpan<short> values) =>
        new(rows, columns, "MONOCHROME2", 1, 16, bitsStored, true, LittleEndianBytes(MemoryMarshal.AsBytes(values), values.Length));

    public static PixelImage Unsigned16(int rows, int columns, int bitsStored, string photometric, ReadOnlySpan<ushort> values) =>
        new(rows, columns, photometric, 1, 16, bitsStored, false, LittleEndianBytes(MemoryMarshal.AsBytes(values), values.Length));

    /// <summary>8-bit RGB, colour-by-pixel (Planar Configuration 0): R, G, B of the first pixel, then the next.</summary>
    public static PixelImage Rgb(int rows, int columns, byte[] interleaved) =>
        new(rows, columns, "RGB", 3, 8, 8, false, interleaved);

    private static byte[] LittleEndianBytes(ReadOnlySpan<byte> bytes, int count)
    {
        var copy = bytes.ToArray();
        if (!BitConverter.IsLittleEndian)
        {
            for (var i = 0; i < count; i++) (copy[2 * i], copy[2 * i + 1]) = (copy[2 * i + 1], copy[2 * i]);
        }
        return copy;
    }
}
