namespace PacsLab.Dicom.Imaging;

/// <summary>The VOI LUT stage (PS3.3 C.11.2): modality values to 8-bit display levels, 0 black to 255 white.</summary>
internal interface IVoiTransform
{
    byte Apply(double value);
}
