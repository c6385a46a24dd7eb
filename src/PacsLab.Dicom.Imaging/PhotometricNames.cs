namespace PacsLab.Dicom.Imaging;

/// <summary>Parsing and naming of <see cref="Photometric"/> values, and what each requires (PS3.3 C.7.6.3.1.2).</summary>
internal static class PhotometricNames
{
    private const string Supported = "MONOCHROME1, MONOCHROME2, PALETTE COLOR, RGB, YBR_FULL and YBR_FULL_422";

    /// <summary>Parses the defined term; a missing value means MONOCHROME2 for one sample per pixel.</summary>
    public static Photometric Parse(string? value, int samplesPerPixel) => value?.Trim().ToUpperInvariant() switch
    {
        "MONOCHROME1" => Photometric.Monochrome1,
        "MONOCHROME2" => Photometric.Monochrome2,
        "PALETTE COLOR" => Photometric.PaletteColor,
        "RGB" => Photometric.Rgb,
        "YBR_FULL" => Photometric.YbrFull,
        "YBR_FULL_422" => Photometric.YbrFull422,
        null or "" when samplesPerPixel == 1 => Photometric.Monochrome2,
        null or "" => throw new DicomImagingException(DicomImagingError.InvalidPixelModule,
            $"cannot render: Photometric Interpretation {PixelTags.PhotometricInterpretation} is missing and Samples per Pixel is {samplesPerPixel}, so the colour model is unknown (PS3.3 C.7.6.3.1.2). Check the sender's export settings."),
        var other => throw new DicomImagingException(DicomImagingError.UnsupportedPixelFormat,
            $"cannot render: Photometric Interpretation {PixelTags.PhotometricInterpretation} is '{other}'; PacsLab renders {Supported} (PS3.3 C.7.6.3.1.2)."),
    };

    public static string ToDicom(this Photometric p) => p switch
    {
        Photometric.Monochrome1 => "MONOCHROME1",
        Photometric.Monochrome2 => "MONOCHROME2",
        Photometric.PaletteColor => "PALETTE COLOR",
        Photometric.Rgb => "RGB",
        Photometric.YbrFull => "YBR_FULL",
        _ => "YBR_FULL_422",
    };

    public static bool IsMonochrome(this Photometric p) => p is Photometric.Monochrome1 or Photometric.Monochrome2;

    /// <summary>Samples per pixel the interpretation requires (PS3.3 C.7.6.3.1.2).</summary>
    public static int RequiredSamples(this Photometric p) => p is Photometric.Monochrome1 or Photometric.Monochrome2 or Photometric.PaletteColor ? 1 : 3;
}
