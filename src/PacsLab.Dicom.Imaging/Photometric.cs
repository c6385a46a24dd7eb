namespace PacsLab.Dicom.Imaging;

/// <summary>The Photometric Interpretation (0028,0004) values PacsLab renders (PS3.3 C.7.6.3.1.2).</summary>
internal enum Photometric
{
    Monochrome1,
    Monochrome2,
    PaletteColor,
    Rgb,
    YbrFull,
    YbrFull422,
}
