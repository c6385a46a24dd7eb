using System.Globalization;
using PacsLab.Dicom;
using PacsLab.Pacs.Index;

namespace PacsLab.Pacs.Query;

/// <summary>
/// Which attributes the index answers at each level, and from which column (PS3.4 C.6.1.1.2-5 and C.6.2.1.2-5:
/// required and unique keys, plus the optional ones a PACS is asked for every day). Keys of parent levels are
/// reachable too, so a Study Root series query may also match on Patient ID.
/// </summary>
internal static class IndexedKeys
{
    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    public static readonly IReadOnlyList<IndexedKey<PatientRecord>> Patient =
    [
        new(DicomTags.PatientName, DicomVR.PN, p => p.PatientName),
        new(DicomTags.PatientID, DicomVR.LO, p => p.PatientId),
        new(PacsTags.IssuerOfPatientID, DicomVR.LO, p => p.IssuerOfPatientId),
        new(PacsTags.PatientBirthDate, DicomVR.DA, p => p.PatientBirthDate),
        new(PacsTags.PatientSex, DicomVR.CS, p => p.PatientSex),
    ];

    public static readonly IReadOnlyList<IndexedKey<StudyRecord>> Study =
    [
        .. Patient.Select(k => new IndexedKey<StudyRecord>(k.Tag, k.VR, Through<StudyRecord, PatientRecord>(s => s.Patient!, k.Column))),
        new(DicomTags.StudyInstanceUID, DicomVR.UI, s => s.StudyInstanceUid),
        new(DicomTags.StudyDate, DicomVR.DA, s => s.StudyDate),
        new(PacsTags.StudyTime, DicomVR.TM, s => s.StudyTime),
        new(PacsTags.AccessionNumber, DicomVR.SH, s => s.AccessionNumber),
        new(PacsTags.StudyID, DicomVR.SH, s => s.StudyId),
        new(PacsTags.StudyDescription, DicomVR.LO, s => s.StudyDescription),
        new(PacsTags.ReferringPhysicianName, DicomVR.PN, s => s.ReferringPhysicianName),
        new(PacsTags.ModalitiesInStudy, DicomVR.CS, s => s.ModalitiesInStudy, InSql: false),
        new(PacsTags.NumberOfStudyRelatedSeries, DicomVR.IS, s => Count(s.NumberOfSeries), InSql: false),
        new(PacsTags.NumberOfStudyRelatedInstances, DicomVR.IS, s => Count(s.NumberOfInstances), InSql: false),
    ];

    public static readonly IReadOnlyList<IndexedKey<SeriesRecord>> Series =
    [
        .. Study.Select(k => new IndexedKey<SeriesRecord>(k.Tag, k.VR, Through<SeriesRecord, StudyRecord>(s => s.Study!, k.Column), k.InSql)),
        new(DicomTags.SeriesInstanceUID, DicomVR.UI, s => s.SeriesInstanceUid),
        new(DicomTags.Modality, DicomVR.CS, s => s.Modality),
        new(PacsTags.SeriesNumber, DicomVR.IS, s => s.SeriesNumber, InSql: false),
        new(PacsTags.SeriesDescription, DicomVR.LO, s => s.SeriesDescription),
        new(PacsTags.BodyPartExamined, DicomVR.CS, s => s.BodyPartExamined),
        new(PacsTags.SeriesDate, DicomVR.DA, s => s.SeriesDate),
        new(PacsTags.SeriesTime, DicomVR.TM, s => s.SeriesTime),
        new(PacsTags.NumberOfSeriesRelatedInstances, DicomVR.IS, s => Count(s.NumberOfInstances), InSql: false),
    ];

    public static readonly IReadOnlyList<IndexedKey<InstanceRecord>> Image =
    [
        .. Series.Select(k => new IndexedKey<InstanceRecord>(k.Tag, k.VR, Through<InstanceRecord, SeriesRecord>(i => i.Series!, k.Column), k.InSql)),
        new(DicomTags.SOPInstanceUID, DicomVR.UI, i => i.SopInstanceUid),
        new(DicomTags.SOPClassUID, DicomVR.UI, i => i.SopClassUid),
        new(PacsTags.InstanceNumber, DicomVR.IS, i => i.InstanceNumber, InSql: false),
    ];

    /// <summary>A parent's column seen from a child row: <c>child =&gt; parent(child).Column</c>.</summary>
    private static System.Linq.Expressions.Expression<Func<TChild, string>> Through<TChild, TParent>(
        System.Linq.Expressions.Expression<Func<TChild, TParent>> parent, System.Linq.Expressions.Expression<Func<TParent, string>> column)
    {
        var body = new ParameterReplacer(column.Parameters[0], parent.Body).Visit(column.Body);
        return System.Linq.Expressions.Expression.Lambda<Func<TChild, string>>(body, parent.Parameters);
    }
}
