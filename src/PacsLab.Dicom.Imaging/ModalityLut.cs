namespace PacsLab.Dicom.Imaging;

/// <summary>
/// The Modality LUT: stored values to modality units (Hounsfield units for CT ...). Either Rescale Slope and
/// Intercept, output = slope x stored + intercept (PS3.3 C.11.1.1.2), or a Modality LUT Sequence (PS3.3 C.11.1.1.1).
/// For enhanced multi-frame objects the Pixel Value Transformation macro of the frame wins (PS3.3 C.7.6.16.2.9).
/// </summary>
internal sealed class ModalityLut
{
    private readonly double _slope;
    private readonly double _intercept;
    private readonly LookupTable? _table;

    private ModalityLut(double slope, double intercept, LookupTable? table)
    {
        _slope = slope;
        _intercept = intercept;
        _table = table;
    }

    public static ModalityLut Identity { get; } = new(1, 0, null);

    public bool IsIdentity => _table is null && _slope == 1 && _intercept == 0;

    public double Apply(int stored) => _table is { } table ? table.Lookup(stored) : stored * _slope + _intercept;

    public static ModalityLut For(DicomDataset dataset, int frameIndex, bool signedInput)
    {
        if (FunctionalGroups.Find(dataset, frameIndex, PixelTags.PixelValueTransformationSequence) is { } macro && HasRescale(macro))
            return Rescale(macro);
        if (HasRescale(dataset))
            return Rescale(dataset);
        if (dataset.TryGet<DicomSequence>(PixelTags.ModalityLutSequence, out var sequence) && sequence.Items.Count > 0)
            return new ModalityLut(1, 0, LookupTable.Read(sequence.Items[0], PixelTags.LutDescriptor, PixelTags.LutData, signedInput, "Modality LUT"));
        return Identity;
    }

    private static bool HasRescale(DicomDataset item) =>
        item.TryGetNumber<double>(PixelTags.RescaleSlope, out _) || item.TryGetNumber<double>(PixelTags.RescaleIntercept, out _);

    private static ModalityLut Rescale(DicomDataset item)
    {
        var slope = item.TryGetNumber<double>(PixelTags.RescaleSlope, out var s) && double.IsFinite(s) && s != 0 ? s : 1;
        var intercept = item.TryGetNumber<double>(PixelTags.RescaleIntercept, out var i) && double.IsFinite(i) ? i : 0;
        return new ModalityLut(slope, intercept, null);
    }
}
