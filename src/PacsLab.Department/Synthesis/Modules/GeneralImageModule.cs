using PacsLab.Dicom;

namespace PacsLab.Department.Synthesis.Modules;

/// <summary>PS3.3 C.7.6.1 General Image Module and C.7.10.1 General Acquisition Module.</summary>
internal static class GeneralImageModule
{
    public static void Write(DicomDataset dataset, ImageInfo image)
    {
        dataset.SetNumbers(SynthesisTags.InstanceNumber, image.InstanceNumber);
        if (image.PatientOrientation is { } orientation) dataset.Set(SynthesisTags.PatientOrientation, orientation);
        dataset.SetDate(SynthesisTags.ContentDate, image.AcquiredAt);
        dataset.SetTime(SynthesisTags.ContentTime, image.AcquiredAt);
        dataset.Set(SynthesisTags.ImageType, [.. image.ImageType]);
        dataset.SetNumbers(SynthesisTags.AcquisitionNumber, image.AcquisitionNumber);
        dataset.SetDate(SynthesisTags.AcquisitionDate, image.AcquiredAt);
        dataset.SetTime(SynthesisTags.AcquisitionTime, image.AcquiredAt);
        dataset.Set(SynthesisTags.BurnedInAnnotation, image.BurnedInAnnotation ? "YES" : "NO");
        dataset.Set(SynthesisTags.LossyImageCompression, "00");
    }
}
