using PacsLab.Dicom;

namespace PacsLab.Department.Workstation;

/// <summary>The tags the workstation lists studies by and queries the PACS with, beyond those in <see cref="DicomTags"/>.</summary>
public static class WorkstationTags
{
    public static readonly DicomTag StudyTime = new(0x0008, 0x0030);
    public static readonly DicomTag AccessionNumber = new(0x0008, 0x0050);
    public static readonly DicomTag QueryRetrieveLevel = new(0x0008, 0x0052);
    public static readonly DicomTag ModalitiesInStudy = new(0x0008, 0x0061);
    public static readonly DicomTag StudyDescription = new(0x0008, 0x1030);
    public static readonly DicomTag NumberOfStudyRelatedInstances = new(0x0020, 0x1208);
}
