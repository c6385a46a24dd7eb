namespace PacsLab.Dicom.Imaging;

/// <summary>
/// Chooses the VOI transformation for one frame (PS3.3 C.11.2, PS3.4 N.2.1.1): the caller's window; else the data
/// set's first Window Center/Width value (the frame's Frame VOI LUT macro first, PS3.3 C.7.6.16.2.10); else its
/// VOI LUT Sequence; else a LINEAR window spanning the frame's modality values from lowest to highest.
/// </summary>
internal static class VoiSelection
{
    public static IVoiTransform Choose(DicomDataset dataset, int frameIndex, RenderOptions options, bool signedModalityOutput, double min, double max)
    {
        var source = FunctionalGroups.Find(dataset, frameIndex, PixelTags.FrameVoiLutSequence) is { } macro && macro.Contains(PixelTags.WindowCenter)
            ? macro
            : dataset;

        if (options.WindowCenter is { } center && options.WindowWidth is { } width)
        {
            var function = options.VoiFunction ?? (options.IgnoreDatasetVoi ? null : DatasetFunction(source)) ?? VoiLutFunction.Linear;
            var window = new VoiWindow(center, width, function);
            if (!window.IsValid)
            {
                throw RenderOptions.Invalid(function == VoiLutFunction.Linear
                    ? $"window width {width} is below 1; with the LINEAR VOI LUT function the width must be at least 1 (PS3.3 C.11.2.1.2.1)."
                    : $"window width {width} is not above 0, which {function} requires (PS3.3 C.11.2.1.3).");
            }
            return window;
        }

        if (!options.IgnoreDatasetVoi)
        {
            if (DatasetWindow(source, options.VoiFunction) is { } window) return window;
            if (VoiLut.Read(dataset, signedModalityOutput) is { } lut) return lut;
        }
        return VoiWindow.FromRange(min, max);
    }

    private static VoiWindow? DatasetWindow(DicomDataset source, VoiLutFunction? function)
    {
        if (!source.TryGetNumber<double>(PixelTags.WindowCenter, out var center)) return null;
        if (!source.TryGetNumber<double>(PixelTags.WindowWidth, out var width)) return null;
        var window = new VoiWindow(center, width, function ?? DatasetFunction(source) ?? VoiLutFunction.Linear);
        // A window the standard does not allow (width 0 ...) is ignored rather than rendered as garbage.
        return window.IsValid ? window : null;
    }

    private static VoiLutFunction? DatasetFunction(DicomDataset source) => source.GetFirstString(PixelTags.VoiLutFunction)?.ToUpperInvariant() switch
    {
        "LINEAR" => VoiLutFunction.Linear,
        "LINEAR_EXACT" => VoiLutFunction.LinearExact,
        "SIGMOID" => VoiLutFunction.Sigmoid,
        _ => null,
    };
}
