using System.Buffers.Binary;

namespace PacsLab.Interop.Tests;

/// <summary>Writes a small 24-bit BMP (BITMAPINFOHEADER, bottom-up rows padded to 4 bytes) for img2dcm to convert.</summary>
public static class BmpImage
{
    public static byte[] Gradient(int width, int height)
    {
        var rowSize = (width * 3 + 3) / 4 * 4;
        var pixelBytes = rowSize * height;
        var bmp = new byte[14 + 40 + pixelBytes];
        var s = bmp.AsSpan();
        s[0] = (byte)'B';
        s[1] = (byte)'M';
        BinaryPrimitives.WriteInt32LittleEndian(s[2..], bmp.Length);
        BinaryPrimitives.WriteInt32LittleEndian(s[10..], 54);          // offset of the pixels
        BinaryPrimitives.WriteInt32LittleEndian(s[14..], 40);          // header size
        BinaryPrimitives.WriteInt32LittleEndian(s[18..], width);
        BinaryPrimitives.WriteInt32LittleEndian(s[22..], height);      // positive: bottom-up
        BinaryPrimitives.WriteInt16LittleEndian(s[26..], 1);           // planes
        BinaryPrimitives.WriteInt16LittleEndian(s[28..], 24);          // bits per pixel
        BinaryPrimitives.WriteInt32LittleEndian(s[34..], pixelBytes);
        BinaryPrimitives.WriteInt32LittleEndian(s[38..], 2835);        // 72 dpi
        BinaryPrimitives.WriteInt32LittleEndian(s[42..], 2835);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var p = 54 + y * rowSize + x * 3;                       // stored as blue, green, red
                bmp[p] = (byte)(x * 4);
                bmp[p + 1] = (byte)(y * 5);
                bmp[p + 2] = (byte)((x + y) * 3);
            }
        }
        return bmp;
    }
}
