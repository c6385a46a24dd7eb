namespace PacsLab.Dicom.Imaging;

/// <summary>
/// Cuts one frame out of native (uncompressed) Pixel Data after checking that all frames are there (PS3.5 8.1.1,
/// PS3.3 C.7.6.3). The toolkit keeps OW values little endian whatever the transfer syntax (it swaps big-endian data
/// when reading), so frames are read as little endian. OB bytes are never swapped, so OB Pixel Data with more than
/// 8 bits allocated from Explicit VR Big Endian, which PS3.5 A.3 forbids, has no defined byte order and is refused.
/// </summary>
internal static class NativeFrames
{
    public static FrameData Extract(DicomElement pixelData, PixelLayout layout, int frameIndex, DicomTransferSyntax? syntax)
    {
        var needed = layout.TotalBytes;
        if (pixelData.Length < needed)
        {
            throw new DicomImagingException(DicomImagingError.PixelDataTooShort,
                $"cannot render: Pixel Data {DicomTags.PixelData} holds {pixelData.Length} bytes, but {layout.Describe()} needs {needed}. " +
                "The file is truncated or its pixel module attributes (Rows, Columns, Bits Allocated, Number of Frames) are wrong.");
        }
        if (layout.YbrNeedsEvenColumns())
        {
            throw new DicomImagingException(DicomImagingError.InvalidPixelModule,
                $"cannot render: YBR_FULL_422 pixel data shares one CB and CR between two horizontally adjacent pixels, so Columns must be even, but it is {layout.Columns} (PS3.3 C.7.6.3.1.2).");
        }
        if (syntax is { IsBigEndian: true } && layout.BitsAllocated > 8 && pixelData.VR != DicomVR.OW)
        {
            throw new DicomImagingException(DicomImagingError.InvalidPixelModule,
                $"cannot render: Pixel Data {DicomTags.PixelData} is {pixelData.VR} with Bits Allocated {layout.BitsAllocated} in {syntax.Name}; " +
                "PS3.5 A.3 requires OW there, and without it the byte order of the samples is unknown. Ask the sender for Explicit VR Little Endian.");
        }
        if (layout.BitsAllocated == 1)
            return new FrameData(pixelData.Value, layout.BitsPerFrame * frameIndex, layout);

        var frameBytes = (int)(layout.BitsPerFrame / 8);
        return new FrameData(pixelData.Value.Slice(frameIndex * frameBytes, frameBytes), 0, layout);
    }

    private static bool YbrNeedsEvenColumns(this PixelLayout layout) =>
        layout.Photometric == Photometric.YbrFull422 && layout.Columns % 2 != 0;
}
