namespace PacsLab.Department.Synthesis.Modules;

/// <summary>What the General Image and General Acquisition modules say about one image.</summary>
/// <param name="InstanceNumber">Instance Number (0020,0013), from 1 within the series.</param>
/// <param name="ImageType">Image Type (0008,0008) values, e.g. ORIGINAL, PRIMARY, AXIAL.</param>
/// <param name="AcquiredAt">Acquisition and Content Date and Time.</param>
/// <param name="PatientOrientation">Patient Orientation (0020,0020), e.g. L\F; null when the Image Plane Module gives the orientation.</param>
/// <param name="BurnedInAnnotation">Whether text that identifies the patient is part of the pixels.</param>
internal sealed record ImageInfo(
    int InstanceNumber,
    IReadOnlyList<string> ImageType,
    DateTime AcquiredAt,
    int AcquisitionNumber = 1,
    string[]? PatientOrientation = null,
    bool BurnedInAnnotation = false);
