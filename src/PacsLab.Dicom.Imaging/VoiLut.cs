namespace PacsLab.Dicom.Imaging;

/// <summary>
/// A VOI LUT Sequence table (PS3.3 C.11.2.1.1): modality values looked up, the entry scaled from its declared
/// bits per entry to 0..255.
/// </summary>
internal sealed class VoiLut(LookupTable table) : IVoiTransform
{
    public byte Apply(double value)
    {
        var entry = table.Lookup((long)Math.Round(value, MidpointRounding.AwayFromZero));
        return (byte)Math.Clamp(Math.Round(entry * 255.0 / table.MaxOutput, MidpointRounding.AwayFromZero), 0, 255);
    }

    /// <summary>The first item of VOI LUT Sequence (0028,3010), or null when there is none.</summary>
    public static VoiLut? Read(DicomDataset dataset, bool signedInput)
    {
        if (!dataset.TryGet<DicomSequence>(PixelTags.VoiLutSequence, out var sequence) || sequence.Items.Count == 0) return null;
        return new VoiLut(LookupTable.Read(sequence.Items[0], PixelTags.LutDescriptor, PixelTags.LutData, signedInput, "VOI LUT"));
    }
}
