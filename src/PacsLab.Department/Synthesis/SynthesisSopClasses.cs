namespace PacsLab.Department.Synthesis;

/// <summary>The storage SOP classes the synthesizer writes (PS3.4 Table B.5-1).</summary>
internal static class SynthesisSopClasses
{
    public const string ComputedRadiographyImage = "1.2.840.10008.5.1.4.1.1.1";
    public const string DigitalXRayImageForPresentation = "1.2.840.10008.5.1.4.1.1.1.1";
    public const string CtImage = "1.2.840.10008.5.1.4.1.1.2";
    public const string MrImage = "1.2.840.10008.5.1.4.1.1.4";
    public const string UltrasoundImage = "1.2.840.10008.5.1.4.1.1.6.1";
    public const string SecondaryCaptureImage = "1.2.840.10008.5.1.4.1.1.7";
}
