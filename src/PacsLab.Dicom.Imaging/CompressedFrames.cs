namespace PacsLab.Dicom.Imaging;

/// <summary>
/// Encapsulated (compressed) pixel data: decodes JPEG Baseline (1.2.840.10008.1.2.4.50) and refuses every other
/// compressed transfer syntax by name instead of showing garbage (PS3.5 8.2, Annex A.4).
/// </summary>
internal static class CompressedFrames
{
    public static FrameData Decode(DicomFragmentSequence pixelData, DicomDataset dataset, PixelLayout layout, int frameIndex, DicomTransferSyntax? syntax)
    {
        var effective = syntax ?? (pixelData.Fragments.Count > 0 ? CodestreamProbe.Guess(pixelData.Fragments[0].Span) : null);
        if (effective is null)
        {
            throw new DicomImagingException(DicomImagingError.UnsupportedTransferSyntax,
                "cannot render: Pixel Data (7FE0,0010) is encapsulated (compressed), the transfer syntax is not known and the first fragment is no codestream PacsLab recognises. " +
                "Render the DicomFile (its meta information names the transfer syntax) or set RenderOptions.TransferSyntax.");
        }
        if (!effective.IsEncapsulated)
        {
            throw new DicomImagingException(DicomImagingError.CorruptCompressedData,
                $"cannot render: Pixel Data (7FE0,0010) is encapsulated (compressed) but the transfer syntax is {effective.Name} ({effective.Uid}), which is uncompressed. The file's meta information is wrong.");
        }
        if (effective.Uid != DicomTransferSyntax.JpegBaseline.Uid)
        {
            throw new DicomImagingException(DicomImagingError.UnsupportedTransferSyntax,
                $"cannot render: pixel data is compressed with {effective.Name} ({effective.Uid}), which PacsLab cannot decode; " +
                $"it renders uncompressed pixel data and JPEG Baseline ({DicomTransferSyntax.JpegBaseline.Uid}). " +
                $"Ask the sender to transfer the image uncompressed, e.g. in Explicit VR Little Endian ({DicomTransferSyntax.ExplicitVRLittleEndian.Uid}).");
        }
        var jpeg = EncapsulatedFrames.Get(pixelData, dataset, frameIndex, layout.NumberOfFrames);
        return JpegBaselineDecoder.Decode(jpeg, layout, frameIndex);
    }
}
