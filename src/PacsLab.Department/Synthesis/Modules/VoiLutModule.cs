using PacsLab.Dicom;

namespace PacsLab.Department.Synthesis.Modules;

/// <summary>PS3.3 C.11.2 VOI LUT Module: one or more windows, each with its explanation.</summary>
internal static class VoiLutModule
{
    public static void Write(DicomDataset dataset, params (double Center, double Width, string Explanation)[] windows)
    {
        dataset.SetNumbers(SynthesisTags.WindowCenter, [.. windows.Select(w => w.Center)]);
        dataset.SetNumbers(SynthesisTags.WindowWidth, [.. windows.Select(w => w.Width)]);
        dataset.Set(SynthesisTags.WindowCenterWidthExplanation, [.. windows.Select(w => w.Explanation)]);
    }
}
