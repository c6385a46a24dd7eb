using PacsLab.Department.Catalog;

namespace PacsLab.Department.Synthesis;

/// <summary>How a <see cref="StudySynthesizer"/> makes its studies; a device's settings rather than a request's.</summary>
public sealed record SynthesisOptions
{
    public static readonly SynthesisOptions Default = new();

    /// <summary>
    /// CR and DX images stored as MONOCHROME1 (the lowest value shows white), as many radiography readers send
    /// them; false for MONOCHROME2. A viewer that ignores Photometric Interpretation shows them inverted.
    /// </summary>
    public bool RadiographsAsMonochrome1 { get; init; }

    /// <summary>
    /// Divides the rows and columns of every image: 1 (the default) gives the usual matrices (CT 512, MR 256,
    /// CR 2000x2500, US 640x480), 4 gives a CT of 128x128. Pixel spacing grows to match, so the anatomy keeps
    /// its size. Meant for small sample files.
    /// </summary>
    public int MatrixDivisor { get; init; } = 1;

    /// <summary>
    /// Study templates (usually the sample catalog's): the template whose modality and description match the
    /// request gives the body part, the series descriptions and the images per series. Without one the
    /// modality's built-in template is used.
    /// </summary>
    public IReadOnlyList<StudyTemplate> StudyTemplates { get; init; } = [];
}
