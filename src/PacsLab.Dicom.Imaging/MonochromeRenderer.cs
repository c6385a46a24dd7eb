using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace PacsLab.Dicom.Imaging;

/// <summary>
/// The grayscale pipeline of PS3.4 N.2.1.1: stored values, Modality LUT, VOI LUT, then MONOCHROME1 inverted so that
/// its lowest value shows white (PS3.3 C.7.6.3.1.2).
/// </summary>
internal static class MonochromeRenderer
{
    public static Image<L8> Render(FrameData frame, DicomDataset dataset, int frameIndex, RenderOptions options)
    {
        var layout = frame.Layout;
        var stored = SampleReader.Read(frame, layout.IsSigned);
        var modality = ModalityLut.For(dataset, frameIndex, layout.IsSigned);

        var values = new double[stored.Length];
        double min = double.MaxValue, max = double.MinValue;
        for (var i = 0; i < stored.Length; i++)
        {
            var v = modality.Apply(stored[i]);
            values[i] = v;
            if (v < min) min = v;
            if (v > max) max = v;
        }

        var signedOutput = min < 0 || (modality.IsIdentity && layout.IsSigned);
        var voi = VoiSelection.Choose(dataset, frameIndex, options, signedOutput, min, max);
        var invert = layout.Photometric == Photometric.Monochrome1;
        var levels = new byte[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var level = voi.Apply(values[i]);
            levels[i] = invert ? (byte)(255 - level) : level;
        }
        return Image.LoadPixelData<L8>(levels, layout.Columns, layout.Rows);
    }
}
