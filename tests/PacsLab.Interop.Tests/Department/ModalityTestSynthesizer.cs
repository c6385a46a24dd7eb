using System.Globalization;
using PacsLab.Department.Synthesis;
using PacsLab.Dicom;

namespace PacsLab.Interop.Tests.Department;

/// <summary>
/// Stands in for the real synthesizer in interop tests: a few tiny 8x8 secondary capture images carrying the
/// request's patient, accession and Study Instance UID, so DCMTK peers have something small but valid to take.
/// </summary>
public sealed class ModalityTestSynthesizer(int imageCount = 3) : IStudySynthesizer
{
    public const string SecondaryCaptureImageStorage = "1.2.840.10008.5.1.4.1.1.7";

    public IReadOnlyCollection<string> Modalities { get; } = ["CT", "MR", "CR", "US"];

    public SynthesizedStudy Synthesize(StudyRequest request)
    {
        var studyUid = request.StudyInstanceUid ?? DicomUidGenerator.Generate();
        var seriesUid = DicomUidGenerator.Generate();
        var date = request.AcquiredAt.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var files = Enumerable.Range(1, imageCount).Select(n => DicomFile.Create(new DicomDataset()
                .AddOrUpdate(DicomTags.SOPClassUID, DicomVR.UI, SecondaryCaptureImageStorage)
                .AddOrUpdate(DicomTags.SOPInstanceUID, DicomVR.UI, DicomUidGenerator.Generate())
                .AddOrUpdate(DicomTags.StudyDate, DicomVR.DA, date)
                .AddOrUpdate(new DicomTag(0x0008, 0x0030), DicomVR.TM, "101500")
                .AddOrUpdate(new DicomTag(0x0008, 0x0050), DicomVR.SH, request.AccessionNumber)
                .AddOrUpdate(DicomTags.Modality, DicomVR.CS, request.Modality)
                .AddOrUpdate(new DicomTag(0x0008, 0x0064), DicomVR.CS, "WSD")
                .AddOrUpdate(new DicomTag(0x0008, 0x0090), DicomVR.PN, "")
                .AddOrUpdate(new DicomTag(0x0008, 0x1030), DicomVR.LO, request.StudyDescription ?? "")
                .AddOrUpdate(DicomTags.PatientName, DicomVR.PN, request.Patient.PatientName)
                .AddOrUpdate(DicomTags.PatientID, DicomVR.LO, request.Patient.PatientId)
                .AddOrUpdate(new DicomTag(0x0010, 0x0030), DicomVR.DA, request.Patient.BirthDate ?? "")
                .AddOrUpdate(new DicomTag(0x0010, 0x0040), DicomVR.CS, request.Patient.Sex ?? "")
                .AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, studyUid)
                .AddOrUpdate(DicomTags.SeriesInstanceUID, DicomVR.UI, seriesUid)
                .AddOrUpdate(new DicomTag(0x0020, 0x0010), DicomVR.SH, "1")
                .AddOrUpdate(new DicomTag(0x0020, 0x0011), DicomVR.IS, "1")
                .AddOrUpdate(new DicomTag(0x0020, 0x0013), DicomVR.IS, n.ToString(CultureInfo.InvariantCulture))
                .AddOrUpdate(new DicomTag(0x0028, 0x0002), DicomVR.US, (ushort)1)
                .AddOrUpdate(new DicomTag(0x0028, 0x0004), DicomVR.CS, "MONOCHROME2")
                .AddOrUpdate(new DicomTag(0x0028, 0x0010), DicomVR.US, (ushort)8)
                .AddOrUpdate(new DicomTag(0x0028, 0x0011), DicomVR.US, (ushort)8)
                .AddOrUpdate(DicomTags.BitsAllocated, DicomVR.US, (ushort)8)
                .AddOrUpdate(new DicomTag(0x0028, 0x0101), DicomVR.US, (ushort)8)
                .AddOrUpdate(new DicomTag(0x0028, 0x0102), DicomVR.US, (ushort)7)
                .AddOrUpdate(DicomTags.PixelRepresentation, DicomVR.US, (ushort)0)
                .AddOrUpdate(DicomTags.PixelData, DicomVR.OB, Enumerable.Range(0, 64).Select(i => (byte)(i * 4)).ToArray()),
            DicomTransferSyntax.ExplicitVRLittleEndian, request.StationAeTitle)).ToList();
        return new SynthesizedStudy(studyUid, files);
    }
}
