using PacsLab.Dicom;

namespace PacsLab.Pacs;

/// <summary>The tags the PACS indexes, queries and corrects, beyond those in <see cref="DicomTags"/> (PS3.6 numbers).</summary>
public static class PacsTags
{
    public static readonly DicomTag StudyTime = new(0x0008, 0x0030);
    public static readonly DicomTag SeriesDate = new(0x0008, 0x0021);
    public static readonly DicomTag SeriesTime = new(0x0008, 0x0031);
    public static readonly DicomTag AccessionNumber = new(0x0008, 0x0050);
    public static readonly DicomTag QueryRetrieveLevel = new(0x0008, 0x0052);
    public static readonly DicomTag ModalitiesInStudy = new(0x0008, 0x0061);
    public static readonly DicomTag ReferringPhysicianName = new(0x0008, 0x0090);
    public static readonly DicomTag StudyDescription = new(0x0008, 0x1030);
    public static readonly DicomTag SeriesDescription = new(0x0008, 0x103E);
    public static readonly DicomTag IssuerOfPatientID = new(0x0010, 0x0021);
    public static readonly DicomTag PatientBirthDate = new(0x0010, 0x0030);
    public static readonly DicomTag PatientSex = new(0x0010, 0x0040);
    public static readonly DicomTag BodyPartExamined = new(0x0018, 0x0015);
    public static readonly DicomTag StudyID = new(0x0020, 0x0010);
    public static readonly DicomTag SeriesNumber = new(0x0020, 0x0011);
    public static readonly DicomTag InstanceNumber = new(0x0020, 0x0013);
    public static readonly DicomTag NumberOfPatientRelatedStudies = new(0x0020, 0x1200);
    public static readonly DicomTag NumberOfPatientRelatedSeries = new(0x0020, 0x1202);
    public static readonly DicomTag NumberOfPatientRelatedInstances = new(0x0020, 0x1204);
    public static readonly DicomTag NumberOfStudyRelatedSeries = new(0x0020, 0x1206);
    public static readonly DicomTag NumberOfStudyRelatedInstances = new(0x0020, 0x1208);
    public static readonly DicomTag NumberOfSeriesRelatedInstances = new(0x0020, 0x1209);
}
