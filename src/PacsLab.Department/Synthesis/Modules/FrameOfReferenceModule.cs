using PacsLab.Dicom;

namespace PacsLab.Department.Synthesis.Modules;

/// <summary>PS3.3 C.7.4.1 Frame of Reference Module.</summary>
internal static class FrameOfReferenceModule
{
    public static void Write(DicomDataset dataset, string frameOfReferenceUid)
    {
        dataset.Set(SynthesisTags.FrameOfReferenceUID, frameOfReferenceUid);
        dataset.SetEmpty(SynthesisTags.PositionReferenceIndicator);
    }
}
