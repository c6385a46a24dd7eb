namespace PacsLab.Dicom.Imaging;

/// <summary>
/// Finds Pixel Data (7FE0,0010) and gives the requested frame as native samples: cut out of uncompressed data or
/// decoded from encapsulated data (PS3.5 8.1, 8.2). Float and Double Float Pixel Data are refused.
/// </summary>
internal static class FrameSource
{
    public static DicomItem FindPixelData(DicomDataset dataset)
    {
        if (dataset[DicomTags.PixelData] is { } pixelData) return pixelData;
        if (dataset.Contains(DicomTags.FloatPixelData) || dataset.Contains(DicomTags.DoubleFloatPixelData))
        {
            throw new DicomImagingException(DicomImagingError.UnsupportedPixelFormat,
                $"cannot render: the image holds floating-point pixels ({DicomTags.FloatPixelData} or {DicomTags.DoubleFloatPixelData}, e.g. a parametric map); PacsLab renders integer Pixel Data {DicomTags.PixelData} only.");
        }
        var sopClass = dataset.GetString(DicomTags.SOPClassUID);
        var what = sopClass is { Length: > 0 } && DicomDictionary.TryGetUid(sopClass, out var entry) ? $" It is a {entry.Name} object." : "";
        throw new DicomImagingException(DicomImagingError.MissingPixelData,
            $"cannot render: the data set has no Pixel Data {DicomTags.PixelData}, so there is no image to show.{what} " +
            "Structured reports, presentation states and key object selections carry no pixels; pick an image instance.");
    }

    public static FrameData Get(DicomItem pixelData, DicomDataset dataset, PixelLayout layout, int frameIndex, DicomTransferSyntax? syntax) => pixelData switch
    {
        DicomFragmentSequence fragments => CompressedFrames.Decode(fragments, dataset, layout, frameIndex, syntax),
        DicomElement { IsEmpty: true } => throw new DicomImagingException(DicomImagingError.PixelDataTooShort,
            $"cannot render: Pixel Data {DicomTags.PixelData} is empty, but {layout.Describe()} needs {layout.TotalBytes} bytes."),
        DicomElement element when syntax is { IsEncapsulated: true } => throw new DicomImagingException(DicomImagingError.CorruptCompressedData,
            $"cannot render: the transfer syntax {syntax.Name} ({syntax.Uid}) is compressed, but Pixel Data {DicomTags.PixelData} is a plain {element.VR} value rather than encapsulated fragments (PS3.5 A.4). The file's meta information or pixel data is wrong."),
        DicomElement element => NativeFrames.Extract(element, layout, frameIndex, syntax),
        _ => throw new DicomImagingException(DicomImagingError.InvalidPixelModule,
            $"cannot render: Pixel Data {DicomTags.PixelData} is a sequence, which is neither native nor encapsulated pixel data."),
    };
}
