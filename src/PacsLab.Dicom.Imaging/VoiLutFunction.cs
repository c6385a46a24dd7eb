namespace PacsLab.Dicom.Imaging;

/// <summary>VOI LUT Function (0028,1056): how Window Center and Width map values to display levels (PS3.3 C.11.2.1.3).</summary>
public enum VoiLutFunction
{
    /// <summary>PS3.3 C.11.2.1.2.1, the default, with its c - 0.5 and w - 1 terms.</summary>
    Linear,

    /// <summary>PS3.3 C.11.2.1.3.2: the window spans exactly c - w/2 to c + w/2.</summary>
    LinearExact,

    /// <summary>PS3.3 C.11.2.1.3.1: a logistic curve centred on c.</summary>
    Sigmoid,
}
