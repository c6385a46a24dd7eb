namespace PacsLab.Dicom.Imaging;

/// <summary>Why an image could not be rendered; lets a REST layer tell a caller's mistake from an object it cannot show.</summary>
public enum DicomImagingError
{
    /// <summary>The data set has no Pixel Data (7FE0,0010): it is not an image.</summary>
    MissingPixelData,

    /// <summary>An Image Pixel Module attribute is missing or contradicts another one.</summary>
    InvalidPixelModule,

    /// <summary>The pixel format is valid DICOM but PacsLab does not render it (e.g. Bits Allocated 32, YBR_PARTIAL_420).</summary>
    UnsupportedPixelFormat,

    /// <summary>The pixel data is compressed with a transfer syntax PacsLab cannot decode.</summary>
    UnsupportedTransferSyntax,

    /// <summary>Pixel Data holds fewer bytes than the pixel module attributes describe.</summary>
    PixelDataTooShort,

    /// <summary>The compressed pixel data (fragments, offset table or codestream) cannot be decoded.</summary>
    CorruptCompressedData,

    /// <summary>The requested frame does not exist.</summary>
    FrameOutOfRange,

    /// <summary>The render options are not usable (e.g. a window width below 1).</summary>
    InvalidRenderOptions,
}
