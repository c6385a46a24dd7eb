using PacsLab.Dicom;

namespace PacsLab.Department.Synthesis;

/// <summary>
/// The tags the synthesizer writes, grouped by the PS3.3 module that defines them (the toolkit's DicomTags holds
/// only what the codec needs). Values from PS3.6; where a tag appears in several modules it is listed once.
/// </summary>
internal static class SynthesisTags
{
    // PS3.3 C.7.1.1 Patient Module
    public static readonly DicomTag PatientName = new(0x0010, 0x0010);
    public static readonly DicomTag PatientID = new(0x0010, 0x0020);
    public static readonly DicomTag IssuerOfPatientID = new(0x0010, 0x0021);
    public static readonly DicomTag PatientBirthDate = new(0x0010, 0x0030);
    public static readonly DicomTag PatientSex = new(0x0010, 0x0040);

    // PS3.3 C.7.2.1 General Study Module
    public static readonly DicomTag StudyInstanceUID = new(0x0020, 0x000D);
    public static readonly DicomTag StudyDate = new(0x0008, 0x0020);
    public static readonly DicomTag StudyTime = new(0x0008, 0x0030);
    public static readonly DicomTag ReferringPhysicianName = new(0x0008, 0x0090);
    public static readonly DicomTag StudyID = new(0x0020, 0x0010);
    public static readonly DicomTag AccessionNumber = new(0x0008, 0x0050);
    public static readonly DicomTag StudyDescription = new(0x0008, 0x1030);

    // PS3.3 C.7.2.2 Patient Study Module
    public static readonly DicomTag PatientAge = new(0x0010, 0x1010);

    // PS3.3 C.7.3.1 General Series Module
    public static readonly DicomTag Modality = new(0x0008, 0x0060);
    public static readonly DicomTag SeriesInstanceUID = new(0x0020, 0x000E);
    public static readonly DicomTag SeriesNumber = new(0x0020, 0x0011);
    public static readonly DicomTag Laterality = new(0x0020, 0x0060);
    public static readonly DicomTag SeriesDate = new(0x0008, 0x0021);
    public static readonly DicomTag SeriesTime = new(0x0008, 0x0031);
    public static readonly DicomTag SeriesDescription = new(0x0008, 0x103E);
    public static readonly DicomTag BodyPartExamined = new(0x0018, 0x0015);
    public static readonly DicomTag PatientPosition = new(0x0018, 0x5100);
    public static readonly DicomTag RequestAttributesSequence = new(0x0040, 0x0275);
    public static readonly DicomTag RequestedProcedureID = new(0x0040, 0x1001);
    public static readonly DicomTag RequestedProcedureDescription = new(0x0032, 0x1060);
    public static readonly DicomTag ScheduledProcedureStepID = new(0x0040, 0x0009);

    // PS3.3 C.7.4.1 Frame of Reference Module
    public static readonly DicomTag FrameOfReferenceUID = new(0x0020, 0x0052);
    public static readonly DicomTag PositionReferenceIndicator = new(0x0020, 0x1040);

    // PS3.3 C.7.5.1 General Equipment Module
    public static readonly DicomTag Manufacturer = new(0x0008, 0x0070);
    public static readonly DicomTag InstitutionName = new(0x0008, 0x0080);
    public static readonly DicomTag StationName = new(0x0008, 0x1010);
    public static readonly DicomTag InstitutionalDepartmentName = new(0x0008, 0x1040);
    public static readonly DicomTag ManufacturerModelName = new(0x0008, 0x1090);
    public static readonly DicomTag DeviceSerialNumber = new(0x0018, 0x1000);
    public static readonly DicomTag SoftwareVersions = new(0x0018, 0x1020);

    // PS3.3 C.7.10.1 General Acquisition Module
    public static readonly DicomTag AcquisitionNumber = new(0x0020, 0x0012);
    public static readonly DicomTag AcquisitionDate = new(0x0008, 0x0022);
    public static readonly DicomTag AcquisitionTime = new(0x0008, 0x0032);

    // PS3.3 C.7.6.1 General Image Module
    public static readonly DicomTag InstanceNumber = new(0x0020, 0x0013);
    public static readonly DicomTag PatientOrientation = new(0x0020, 0x0020);
    public static readonly DicomTag ContentDate = new(0x0008, 0x0023);
    public static readonly DicomTag ContentTime = new(0x0008, 0x0033);
    public static readonly DicomTag ImageType = new(0x0008, 0x0008);
    public static readonly DicomTag BurnedInAnnotation = new(0x0028, 0x0301);
    public static readonly DicomTag LossyImageCompression = new(0x0028, 0x2110);

    // PS3.3 C.7.6.2 Image Plane Module
    public static readonly DicomTag PixelSpacing = new(0x0028, 0x0030);
    public static readonly DicomTag ImageOrientationPatient = new(0x0020, 0x0037);
    public static readonly DicomTag ImagePositionPatient = new(0x0020, 0x0032);
    public static readonly DicomTag SliceThickness = new(0x0018, 0x0050);
    public static readonly DicomTag SpacingBetweenSlices = new(0x0018, 0x0088);
    public static readonly DicomTag SliceLocation = new(0x0020, 0x1041);

    // PS3.3 C.7.6.3 Image Pixel Module
    public static readonly DicomTag SamplesPerPixel = new(0x0028, 0x0002);
    public static readonly DicomTag PhotometricInterpretation = new(0x0028, 0x0004);
    public static readonly DicomTag PlanarConfiguration = new(0x0028, 0x0006);
    public static readonly DicomTag Rows = new(0x0028, 0x0010);
    public static readonly DicomTag Columns = new(0x0028, 0x0011);
    public static readonly DicomTag BitsAllocated = new(0x0028, 0x0100);
    public static readonly DicomTag BitsStored = new(0x0028, 0x0101);
    public static readonly DicomTag HighBit = new(0x0028, 0x0102);
    public static readonly DicomTag PixelRepresentation = new(0x0028, 0x0103);
    public static readonly DicomTag PixelData = new(0x7FE0, 0x0010);

    // PS3.3 C.7.6.4 Contrast/Bolus Module
    public static readonly DicomTag ContrastBolusAgent = new(0x0018, 0x0010);
    public static readonly DicomTag ContrastBolusRoute = new(0x0018, 0x1040);
    public static readonly DicomTag ContrastBolusVolume = new(0x0018, 0x1041);

    // PS3.3 C.11.1 Modality LUT Module, C.11.2 VOI LUT Module
    public static readonly DicomTag RescaleIntercept = new(0x0028, 0x1052);
    public static readonly DicomTag RescaleSlope = new(0x0028, 0x1053);
    public static readonly DicomTag RescaleType = new(0x0028, 0x1054);
    public static readonly DicomTag WindowCenter = new(0x0028, 0x1050);
    public static readonly DicomTag WindowWidth = new(0x0028, 0x1051);
    public static readonly DicomTag WindowCenterWidthExplanation = new(0x0028, 0x1055);

    // PS3.3 C.8.2.1 CT Image Module
    public static readonly DicomTag KVP = new(0x0018, 0x0060);
    public static readonly DicomTag ScanOptions = new(0x0018, 0x0022);
    public static readonly DicomTag DataCollectionDiameter = new(0x0018, 0x0090);
    public static readonly DicomTag ReconstructionDiameter = new(0x0018, 0x1100);
    public static readonly DicomTag DistanceSourceToDetector = new(0x0018, 0x1110);
    public static readonly DicomTag DistanceSourceToPatient = new(0x0018, 0x1111);
    public static readonly DicomTag GantryDetectorTilt = new(0x0018, 0x1120);
    public static readonly DicomTag TableHeight = new(0x0018, 0x1130);
    public static readonly DicomTag RotationDirection = new(0x0018, 0x1140);
    public static readonly DicomTag ExposureTime = new(0x0018, 0x1150);
    public static readonly DicomTag XRayTubeCurrent = new(0x0018, 0x1151);
    public static readonly DicomTag Exposure = new(0x0018, 0x1152);
    public static readonly DicomTag FilterType = new(0x0018, 0x1160);
    public static readonly DicomTag GeneratorPower = new(0x0018, 0x1170);
    public static readonly DicomTag FocalSpots = new(0x0018, 0x1190);
    public static readonly DicomTag ConvolutionKernel = new(0x0018, 0x1210);
    public static readonly DicomTag RevolutionTime = new(0x0018, 0x9305);
    public static readonly DicomTag SingleCollimationWidth = new(0x0018, 0x9306);
    public static readonly DicomTag TotalCollimationWidth = new(0x0018, 0x9307);
    public static readonly DicomTag TableSpeed = new(0x0018, 0x9309);
    public static readonly DicomTag TableFeedPerRotation = new(0x0018, 0x9310);
    public static readonly DicomTag SpiralPitchFactor = new(0x0018, 0x9311);
    public static readonly DicomTag CTDIvol = new(0x0018, 0x9345);
    public static readonly DicomTag CTDIPhantomTypeCodeSequence = new(0x0018, 0x9346);

    // PS3.3 C.8.3.1 MR Image Module
    public static readonly DicomTag ScanningSequence = new(0x0018, 0x0020);
    public static readonly DicomTag SequenceVariant = new(0x0018, 0x0021);
    public static readonly DicomTag MRAcquisitionType = new(0x0018, 0x0023);
    public static readonly DicomTag SequenceName = new(0x0018, 0x0024);
    public static readonly DicomTag RepetitionTime = new(0x0018, 0x0080);
    public static readonly DicomTag EchoTime = new(0x0018, 0x0081);
    public static readonly DicomTag EchoTrainLength = new(0x0018, 0x0091);
    public static readonly DicomTag NumberOfAverages = new(0x0018, 0x0083);
    public static readonly DicomTag ImagingFrequency = new(0x0018, 0x0084);
    public static readonly DicomTag ImagedNucleus = new(0x0018, 0x0085);
    public static readonly DicomTag EchoNumbers = new(0x0018, 0x0086);
    public static readonly DicomTag MagneticFieldStrength = new(0x0018, 0x0087);
    public static readonly DicomTag NumberOfPhaseEncodingSteps = new(0x0018, 0x0089);
    public static readonly DicomTag PercentSampling = new(0x0018, 0x0093);
    public static readonly DicomTag PercentPhaseFieldOfView = new(0x0018, 0x0094);
    public static readonly DicomTag PixelBandwidth = new(0x0018, 0x0095);
    public static readonly DicomTag ReceiveCoilName = new(0x0018, 0x1250);
    public static readonly DicomTag TransmitCoilName = new(0x0018, 0x1251);
    public static readonly DicomTag AcquisitionMatrix = new(0x0018, 0x1310);
    public static readonly DicomTag InPlanePhaseEncodingDirection = new(0x0018, 0x1312);
    public static readonly DicomTag FlipAngle = new(0x0018, 0x1314);

    // PS3.3 C.8.1.1 CR Series Module, C.8.1.2 CR Image Module
    public static readonly DicomTag ViewPosition = new(0x0018, 0x5101);
    public static readonly DicomTag PlateType = new(0x0018, 0x1260);
    public static readonly DicomTag PhosphorType = new(0x0018, 0x1261);
    public static readonly DicomTag ImagerPixelSpacing = new(0x0018, 0x1164);

    // PS3.3 C.8.11 DX Modules
    public static readonly DicomTag PresentationIntentType = new(0x0008, 0x0068);
    public static readonly DicomTag ImageLaterality = new(0x0020, 0x0062);
    public static readonly DicomTag AnatomicRegionSequence = new(0x0008, 0x2218);
    public static readonly DicomTag CodeValue = new(0x0008, 0x0100);
    public static readonly DicomTag CodingSchemeDesignator = new(0x0008, 0x0102);
    public static readonly DicomTag CodeMeaning = new(0x0008, 0x0104);
    public static readonly DicomTag PixelIntensityRelationship = new(0x0028, 0x1040);
    public static readonly DicomTag PixelIntensityRelationshipSign = new(0x0028, 0x1041);
    public static readonly DicomTag PresentationLUTShape = new(0x2050, 0x0020);
    public static readonly DicomTag DetectorType = new(0x0018, 0x7004);
    public static readonly DicomTag DetectorConfiguration = new(0x0018, 0x7005);
    public static readonly DicomTag DetectorID = new(0x0018, 0x700A);
    public static readonly DicomTag AcquisitionContextSequence = new(0x0040, 0x0555);
    public static readonly DicomTag Grid = new(0x0018, 0x1166);
    public static readonly DicomTag ViewCodeSequence = new(0x0054, 0x0220);
    public static readonly DicomTag PositionerType = new(0x0018, 0x1508);

    // PS3.3 C.8.5.6 US Image Module
    public static readonly DicomTag TransducerData = new(0x0018, 0x5010);
    public static readonly DicomTag TransducerType = new(0x0018, 0x6031);
    public static readonly DicomTag ProcessingFunction = new(0x0018, 0x5020);
    public static readonly DicomTag DepthOfScanField = new(0x0018, 0x5050);
    public static readonly DicomTag MechanicalIndex = new(0x0018, 0x5022);
    public static readonly DicomTag SoftTissueThermalIndex = new(0x0018, 0x5027);

    // PS3.3 C.8.6 SC Equipment and SC Image Modules
    public static readonly DicomTag ConversionType = new(0x0008, 0x0064);
    public static readonly DicomTag SecondaryCaptureDeviceManufacturer = new(0x0018, 0x1016);
    public static readonly DicomTag SecondaryCaptureDeviceManufacturerModelName = new(0x0018, 0x1018);
    public static readonly DicomTag SecondaryCaptureDeviceSoftwareVersions = new(0x0018, 0x1019);
    public static readonly DicomTag DateOfSecondaryCapture = new(0x0018, 0x1012);
    public static readonly DicomTag TimeOfSecondaryCapture = new(0x0018, 0x1014);

    // PS3.3 C.12.1 SOP Common Module
    public static readonly DicomTag SpecificCharacterSet = new(0x0008, 0x0005);
    public static readonly DicomTag SOPClassUID = new(0x0008, 0x0016);
    public static readonly DicomTag SOPInstanceUID = new(0x0008, 0x0018);
    public static readonly DicomTag InstanceCreationDate = new(0x0008, 0x0012);
    public static readonly DicomTag InstanceCreationTime = new(0x0008, 0x0013);
}
