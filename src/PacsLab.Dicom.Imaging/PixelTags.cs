namespace PacsLab.Dicom.Imaging;

/// <summary>
/// The tags of the pixel-related modules this project reads. The toolkit's <see cref="DicomTags"/> holds only what
/// the codec itself needs, so the imaging tags live here, grouped by the module that defines them.
/// </summary>
internal static class PixelTags
{
    // PS3.3 C.7.6.3 Image Pixel Module
    public static readonly DicomTag SamplesPerPixel = new(0x0028, 0x0002);
    public static readonly DicomTag PhotometricInterpretation = new(0x0028, 0x0004);
    public static readonly DicomTag PlanarConfiguration = new(0x0028, 0x0006);
    public static readonly DicomTag Rows = new(0x0028, 0x0010);
    public static readonly DicomTag Columns = new(0x0028, 0x0011);
    public static readonly DicomTag BitsAllocated = DicomTags.BitsAllocated;
    public static readonly DicomTag BitsStored = new(0x0028, 0x0101);
    public static readonly DicomTag HighBit = new(0x0028, 0x0102);
    public static readonly DicomTag PixelRepresentation = DicomTags.PixelRepresentation;
    public static readonly DicomTag RedPaletteDescriptor = new(0x0028, 0x1101);
    public static readonly DicomTag GreenPaletteDescriptor = new(0x0028, 0x1102);
    public static readonly DicomTag BluePaletteDescriptor = new(0x0028, 0x1103);
    public static readonly DicomTag RedPaletteData = new(0x0028, 0x1201);
    public static readonly DicomTag GreenPaletteData = new(0x0028, 0x1202);
    public static readonly DicomTag BluePaletteData = new(0x0028, 0x1203);
    public static readonly DicomTag SegmentedRedPaletteData = new(0x0028, 0x1221);
    public static readonly DicomTag ExtendedOffsetTable = new(0x7FE0, 0x0001);

    // PS3.3 C.7.6.6 Multi-frame Module
    public static readonly DicomTag NumberOfFrames = new(0x0028, 0x0008);

    // PS3.3 C.11.1 Modality LUT Module
    public static readonly DicomTag RescaleIntercept = new(0x0028, 0x1052);
    public static readonly DicomTag RescaleSlope = new(0x0028, 0x1053);
    public static readonly DicomTag ModalityLutSequence = new(0x0028, 0x3000);
    public static readonly DicomTag LutDescriptor = new(0x0028, 0x3002);
    public static readonly DicomTag LutData = new(0x0028, 0x3006);

    // PS3.3 C.11.2 VOI LUT Module
    public static readonly DicomTag WindowCenter = new(0x0028, 0x1050);
    public static readonly DicomTag WindowWidth = new(0x0028, 0x1051);
    public static readonly DicomTag VoiLutFunction = new(0x0028, 0x1056);
    public static readonly DicomTag VoiLutSequence = new(0x0028, 0x3010);

    // PS3.3 C.7.6.16 Multi-frame Functional Groups Module and its macros
    public static readonly DicomTag SharedFunctionalGroups = new(0x5200, 0x9229);
    public static readonly DicomTag PerFrameFunctionalGroups = new(0x5200, 0x9230);
    public static readonly DicomTag FrameVoiLutSequence = new(0x0028, 0x9132);
    public static readonly DicomTag PixelValueTransformationSequence = new(0x0028, 0x9145);
}
