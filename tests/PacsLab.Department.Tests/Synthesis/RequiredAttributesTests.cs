using PacsLab.Department.Synthesis;
using PacsLab.Dicom;

namespace PacsLab.Department.Tests.Synthesis;

/// <summary>What every IOD must carry (type 1 attributes with a value) and what each modality adds.</summary>
public class RequiredAttributesTests
{
    private static readonly StudySynthesizer Synthesizer = new();

    // Type 1 in the Patient/Study/Series/Equipment/Image/Pixel/SOP Common modules or filled from the request.
    private static readonly string[] Common =
    [
        "SpecificCharacterSet", "SOPClassUID", "SOPInstanceUID", "StudyDate", "StudyTime", "AccessionNumber", "Modality", "Manufacturer",
        "InstitutionName", "ReferringPhysicianName", "StationName", "StudyDescription", "SeriesDescription", "ManufacturerModelName",
        "PatientName", "PatientID", "PatientBirthDate", "PatientSex", "StudyInstanceUID", "SeriesInstanceUID", "StudyID", "SeriesNumber",
        "InstanceNumber", "ContentDate", "ContentTime", "AcquisitionDate", "AcquisitionTime", "ImageType", "SamplesPerPixel",
        "PhotometricInterpretation", "Rows", "Columns", "BitsAllocated", "BitsStored", "HighBit", "PixelRepresentation", "PixelData",
    ];

    public static TheoryData<string, string, string[]> Modalities => new()
    {
        { "CT", "1.2.840.10008.5.1.4.1.1.2", ["RescaleIntercept", "RescaleSlope", "KVP", "AcquisitionNumber", "ImagePositionPatient", "ImageOrientationPatient", "PixelSpacing", "SliceThickness", "FrameOfReferenceUID", "PatientPosition", "WindowCenter", "WindowWidth", "ContrastBolusAgent"] },
        { "MR", "1.2.840.10008.5.1.4.1.1.4", ["ScanningSequence", "SequenceVariant", "MRAcquisitionType", "RepetitionTime", "EchoTime", "EchoTrainLength", "MagneticFieldStrength", "ImagePositionPatient", "FrameOfReferenceUID", "PatientPosition"] },
        { "CR", "1.2.840.10008.5.1.4.1.1.1", ["ViewPosition", "BodyPartExamined", "PatientOrientation", "ImagerPixelSpacing", "KVP"] },
        { "DX", "1.2.840.10008.5.1.4.1.1.1.1", ["PresentationIntentType", "ImageLaterality", "AnatomicRegionSequence", "PixelIntensityRelationship", "PixelIntensityRelationshipSign", "PresentationLUTShape", "RescaleType", "DetectorType", "ImagerPixelSpacing", "ViewPosition", "WindowCenter"] },
        { "US", "1.2.840.10008.5.1.4.1.1.6.1", ["PlanarConfiguration", "BurnedInAnnotation", "TransducerData", "DepthOfScanField"] },
        { "OT", "1.2.840.10008.5.1.4.1.1.7", ["ConversionType", "DateOfSecondaryCapture", "BurnedInAnnotation"] },
    };

    [Theory]
    [MemberData(nameof(Modalities))]
    public void Synthesize_EachModality_CarriesItsSopClassAndRequiredAttributes(string modality, string sopClass, string[] specific)
    {
        var study = Synthesizer.Synthesize(TestRequests.For(modality, images: 1));

        foreach (var file in study.Instances)
        {
            Assert.Equal(sopClass, TestRequests.Text(file, "SOPClassUID"));
            Assert.Equal(sopClass, file.FileMetaInformation.GetString(DicomTags.MediaStorageSOPClassUID));
            Assert.Equal(DicomTransferSyntax.ExplicitVRLittleEndian.Uid, file.FileMetaInformation.GetString(DicomTags.TransferSyntaxUID));
            foreach (var keyword in Common.Concat(specific))
                Assert.True(file.Dataset[TestRequests.Tag(keyword)] is DicomSequence { Items.Count: > 0 } or DicomElement { IsEmpty: false }, $"{modality}: {keyword} is missing or empty");
        }
    }

    [Theory]
    [MemberData(nameof(Modalities))]
    public void Synthesize_EachModality_WritesTheRequestsPatientOrderAndDevice(string modality, string sopClass, string[] specific)
    {
        _ = (sopClass, specific);
        var file = Synthesizer.Synthesize(TestRequests.For(modality, images: 1)).Instances[0];

        Assert.Equal("O'BRIEN^SEAN^PATRICK", TestRequests.Text(file, "PatientName"));
        Assert.Equal("PL100003", TestRequests.Text(file, "PatientID"));
        Assert.Equal("19580312", TestRequests.Text(file, "PatientBirthDate"));
        Assert.Equal("066Y", TestRequests.Text(file, "PatientAge"));
        Assert.Equal("A20001", TestRequests.Text(file, "AccessionNumber"));
        Assert.Equal("TEST STUDY", TestRequests.Text(file, "StudyDescription"));
        Assert.Equal("HOUSE^GREGORY^^DR", TestRequests.Text(file, "ReferringPhysicianName"));
        Assert.Equal("TESTROOM", TestRequests.Text(file, "StationName"));
        Assert.Equal("Test Manufacturer", TestRequests.Text(file, "Manufacturer"));
        Assert.Equal("Test Hospital", TestRequests.Text(file, "InstitutionName"));
        Assert.Equal("20250304", TestRequests.Text(file, "StudyDate"));
        Assert.StartsWith("101530", TestRequests.Text(file, "StudyTime"), StringComparison.Ordinal);
        Assert.Equal("ISO_IR 100", TestRequests.Text(file, "SpecificCharacterSet"));
        Assert.Equal("TEST_ROOM", file.FileMetaInformation.GetString(DicomTags.SourceApplicationEntityTitle));
        var item = Assert.Single(((DicomSequence)file.Dataset[TestRequests.Tag("RequestAttributesSequence")]!).Items);
        Assert.Equal("RP20001", item.GetString(TestRequests.Tag("RequestedProcedureID")));
        Assert.Equal("SPS20001", item.GetString(TestRequests.Tag("ScheduledProcedureStepID")));
    }

    [Theory]
    [InlineData("CT", 512, 512, 1, "MONOCHROME2", 16, 1)]
    [InlineData("MR", 256, 256, 1, "MONOCHROME2", 16, 0)]
    [InlineData("CR", 2500, 2000, 1, "MONOCHROME2", 16, 0)]
    [InlineData("DX", 2500, 2000, 1, "MONOCHROME2", 16, 0)]
    [InlineData("US", 480, 640, 3, "RGB", 8, 0)]
    [InlineData("OT", 600, 800, 3, "RGB", 8, 0)]
    public void Synthesize_DefaultOptions_UsualMatrixAndPixelLayout(string modality, int rows, int columns, int samples, string photometric, int bitsAllocated, int signed)
    {
        var file = Synthesizer.Synthesize(TestRequests.For(modality, images: 1)).Instances[0];

        Assert.Equal(rows, TestRequests.Numbers(file, "Rows")[0]);
        Assert.Equal(columns, TestRequests.Numbers(file, "Columns")[0]);
        Assert.Equal(samples, TestRequests.Numbers(file, "SamplesPerPixel")[0]);
        Assert.Equal(photometric, TestRequests.Text(file, "PhotometricInterpretation"));
        Assert.Equal(bitsAllocated, TestRequests.Numbers(file, "BitsAllocated")[0]);
        Assert.Equal(signed, TestRequests.Numbers(file, "PixelRepresentation")[0]);
        Assert.Equal(rows * columns * samples * bitsAllocated / 8, TestRequests.Pixels(file).Length);
        if (samples == 3) Assert.Equal(0, TestRequests.Numbers(file, "PlanarConfiguration")[0]);
    }

    [Fact]
    public void Synthesize_NameOutsideLatin1_UsesUtf8()
    {
        var file = Synthesizer.Synthesize(TestRequests.For("OT", patientName: "ŁUKASIEWICZ^ZOFIA")).Instances[0];

        Assert.Equal("ISO_IR 192", TestRequests.Text(file, "SpecificCharacterSet"));
        Assert.Equal("ŁUKASIEWICZ^ZOFIA", TestRequests.Text(file, "PatientName"));
    }

    [Fact]
    public void Synthesize_LatinAccents_StayInIsoIr100()
    {
        var file = Synthesizer.Synthesize(TestRequests.For("OT", patientName: "MÜLLER^JÜRGEN")).Instances[0];

        Assert.Equal("ISO_IR 100", TestRequests.Text(file, "SpecificCharacterSet"));
        Assert.Equal("MÜLLER^JÜRGEN", TestRequests.Text(file, "PatientName"));
    }

    [Fact]
    public void Synthesize_UnknownModality_SaysWhichOnesExist()
    {
        var error = Assert.Throws<ArgumentException>(() => Synthesizer.Synthesize(TestRequests.For("XA")));

        Assert.Contains("'XA' cannot be synthesized", error.Message, StringComparison.Ordinal);
        Assert.Contains("CT, MR, CR, DX, US, OT", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Synthesize_InvalidStudyUid_IsRefusedWithTheRule()
    {
        var error = Assert.Throws<ArgumentException>(() => Synthesizer.Synthesize(TestRequests.For("CT", images: 1) with { StudyInstanceUid = "1.2.03.4" }));

        Assert.Contains("not a valid UID", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Synthesize_Unordered_OmitsRequestAttributesAndUsesSeedStudyId()
    {
        var request = TestRequests.For("CR") with { AccessionNumber = "", RequestedProcedureId = null, ScheduledProcedureStepId = null };

        var file = new StudySynthesizer(new SynthesisOptions { MatrixDivisor = 8 }).Synthesize(request).Instances[0];

        Assert.Null(file.Dataset[TestRequests.Tag("RequestAttributesSequence")]);
        Assert.Equal("", TestRequests.Text(file, "AccessionNumber"));
        Assert.Equal("S0000007", TestRequests.Text(file, "StudyID"));
    }
}
