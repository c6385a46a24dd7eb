using PacsLab.Dicom;

namespace PacsLab.Department.Synthesis.Modules;

/// <summary>PS3.3 C.7.6.3 Image Pixel Module.</summary>
internal static class ImagePixelModule
{
    public static void Write(DicomDataset dataset, PixelImage image)
    {
        dataset.SetNumbers(SynthesisTags.SamplesPerPixel, image.SamplesPerPixel);
        dataset.Set(SynthesisTags.PhotometricInterpretation, image.PhotometricInterpretation);
        if (image.SamplesPerPixel > 1) dataset.SetNumbers(SynthesisTags.PlanarConfiguration, 0);
        dataset.SetNumbers(SynthesisTags.Rows, image.Rows);
        dataset.SetNumbers(SynthesisTags.Columns, image.Columns);
        dataset.SetNumbers(SynthesisTags.BitsAllocated, image.BitsAllocated);
        dataset.SetNumbers(SynthesisTags.BitsStored, image.BitsStored);
        dataset.SetNumbers(SynthesisTags.HighBit, image.BitsStored - 1);
        dataset.SetNumbers(SynthesisTags.PixelRepresentation, image.IsSigned ? 1 : 0);
        dataset.AddOrUpdate(SynthesisTags.PixelData, image.BitsAllocated == 8 ? DicomVR.OB : DicomVR.OW, image.Data);
    }
}
