using PacsLab.Dicom;

namespace PacsLab.Pacs.Query;

/// <summary>
/// Attributes that exist only in the query information model, computed by the archive over what it holds rather than
/// stored in any instance (PS3.4 C.3.4 Table C.3-2, Additional Query/Retrieve Attributes), and the return attributes of
/// PS3.4 C.4.1.1.3.2 that say where and how the instances can be had. A representative file never holds a useful value
/// for them, so asked for at a level where the PACS does not supply them, they are optional keys it does not support.
/// </summary>
internal static class AdditionalQueryAttributes
{
    public static readonly DicomTag RetrieveAeTitle = new(0x0008, 0x0054);
    public static readonly DicomTag InstanceAvailability = new(0x0008, 0x0056);
    public static readonly DicomTag SopClassesInStudy = new(0x0008, 0x0062);

    // PS3.4 Table C.3-2
    public static readonly IReadOnlySet<DicomTag> Computed = new HashSet<DicomTag>
    {
        PacsTags.NumberOfPatientRelatedStudies, PacsTags.NumberOfPatientRelatedSeries, PacsTags.NumberOfPatientRelatedInstances,
        PacsTags.NumberOfStudyRelatedSeries, PacsTags.NumberOfStudyRelatedInstances, PacsTags.NumberOfSeriesRelatedInstances,
        PacsTags.ModalitiesInStudy, SopClassesInStudy,
    };
}
