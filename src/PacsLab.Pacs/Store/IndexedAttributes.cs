using PacsLab.Dicom;

namespace PacsLab.Pacs.Store;

/// <summary>The attributes of one instance that the index keeps, read from its data set.</summary>
public sealed record IndexedAttributes
{
    public required string SopClassUid { get; init; }
    public required string SopInstanceUid { get; init; }
    public required string StudyInstanceUid { get; init; }
    public required string SeriesInstanceUid { get; init; }
    public string PatientId { get; init; } = "";
    public string IssuerOfPatientId { get; init; } = "";
    public string PatientName { get; init; } = "";
    public string PatientBirthDate { get; init; } = "";
    public string PatientSex { get; init; } = "";
    public string StudyDate { get; init; } = "";
    public string StudyTime { get; init; } = "";
    public string AccessionNumber { get; init; } = "";
    public string StudyId { get; init; } = "";
    public string StudyDescription { get; init; } = "";
    public string ReferringPhysicianName { get; init; } = "";
    public string Modality { get; init; } = "";
    public string SeriesNumber { get; init; } = "";
    public string SeriesDescription { get; init; } = "";
    public string BodyPartExamined { get; init; } = "";
    public string SeriesDate { get; init; } = "";
    public string SeriesTime { get; init; } = "";
    public string InstanceNumber { get; init; } = "";

    public static IndexedAttributes From(DicomDataset ds) => new()
    {
        SopClassUid = Text(ds, DicomTags.SOPClassUID),
        SopInstanceUid = Text(ds, DicomTags.SOPInstanceUID),
        StudyInstanceUid = Text(ds, DicomTags.StudyInstanceUID),
        SeriesInstanceUid = Text(ds, DicomTags.SeriesInstanceUID),
        PatientId = Text(ds, DicomTags.PatientID),
        IssuerOfPatientId = Text(ds, PacsTags.IssuerOfPatientID),
        PatientName = Text(ds, DicomTags.PatientName),
        PatientBirthDate = Text(ds, PacsTags.PatientBirthDate),
        PatientSex = Text(ds, PacsTags.PatientSex),
        StudyDate = Text(ds, DicomTags.StudyDate),
        StudyTime = Text(ds, PacsTags.StudyTime),
        AccessionNumber = Text(ds, PacsTags.AccessionNumber),
        StudyId = Text(ds, PacsTags.StudyID),
        StudyDescription = Text(ds, PacsTags.StudyDescription),
        ReferringPhysicianName = Text(ds, PacsTags.ReferringPhysicianName),
        Modality = Text(ds, DicomTags.Modality),
        SeriesNumber = Text(ds, PacsTags.SeriesNumber),
        SeriesDescription = Text(ds, PacsTags.SeriesDescription),
        BodyPartExamined = Text(ds, PacsTags.BodyPartExamined),
        SeriesDate = Text(ds, PacsTags.SeriesDate),
        SeriesTime = Text(ds, PacsTags.SeriesTime),
        InstanceNumber = Text(ds, PacsTags.InstanceNumber),
    };

    /// <summary>The whole value as stored (all values, backslash-separated), without padding.</summary>
    private static string Text(DicomDataset ds, DicomTag tag) => (ds.GetString(tag) ?? "").Trim(' ', '\0');
}
