using PacsLab.Dicom;
using PacsLab.Pacs.Index;

namespace PacsLab.Pacs.Corrections;

/// <summary>
/// The attribute values a correction writes into each affected instance file. Everything else in the file,
/// SOP Instance UID and pixel data included, stays as it was.
/// </summary>
internal sealed class FileStamp
{
    private readonly List<StampedValue> _values = [];

    private FileStamp() { }

    public static FileStamp Empty() => new();

    /// <summary>
    /// The patient's whole identity (Patient Module, PS3.3 C.7.1.1): every file of a corrected study carries its
    /// patient's details, so a file that carried another Patient ID (an identity conflict) no longer does.
    /// </summary>
    public static FileStamp ForPatient(PatientRecord patient) => new FileStamp()
        .With(DicomTags.PatientID, DicomVR.LO, patient.PatientId)
        .With(PacsTags.IssuerOfPatientID, DicomVR.LO, patient.IssuerOfPatientId, removeWhenEmpty: true)
        .With(DicomTags.PatientName, DicomVR.PN, patient.PatientName)
        .With(PacsTags.PatientBirthDate, DicomVR.DA, patient.PatientBirthDate)
        .With(PacsTags.PatientSex, DicomVR.CS, patient.PatientSex);

    /// <summary>Only the study attributes the edit names, so values a file holds that nobody asked to change stay.</summary>
    public FileStamp WithStudyAttributes(StudyEdit edit)
    {
        if (edit.AccessionNumber is { } accession) With(PacsTags.AccessionNumber, DicomVR.SH, accession);
        if (edit.StudyDescription is { } description) With(PacsTags.StudyDescription, DicomVR.LO, description, removeWhenEmpty: true);
        if (edit.ReferringPhysicianName is { } referring) With(PacsTags.ReferringPhysicianName, DicomVR.PN, referring);
        return this;
    }

    public FileStamp WithStudyInstanceUid(string studyInstanceUid) => With(DicomTags.StudyInstanceUID, DicomVR.UI, studyInstanceUid);

    /// <summary>
    /// Writes the values into the data set, encoded in its Specific Character Set. A value that character set cannot
    /// hold is refused rather than written with '?' in place of letters.
    /// </summary>
    public void ApplyTo(DicomDataset dataset, string operation, string sopInstanceUid)
    {
        foreach (var (tag, vr, value, removeWhenEmpty) in _values)
        {
            if (value.Length == 0 && removeWhenEmpty)
            {
                dataset.Remove(tag);
                continue;
            }
            if (!vr.UsesSpecificCharacterSet)
            {
                dataset.AddOrUpdate(tag, vr, value);
                continue;
            }
            if (!dataset.CharacterSet.TryEncode(value, vr, out var bytes))
                throw new CorrectionException(CorrectionErrorKind.Invalid,
                    $"{operation}: '{value}' has characters that instance {sopInstanceUid}'s character set ({dataset.CharacterSet}) cannot hold; " +
                    "write it in the characters that file uses (its Specific Character Set (0008,0005))");
            dataset.AddOrUpdate(tag, vr, bytes);
        }
    }

    private FileStamp With(DicomTag tag, DicomVR vr, string value, bool removeWhenEmpty = false)
    {
        _values.RemoveAll(v => v.Tag == tag);
        _values.Add(new StampedValue(tag, vr, value, removeWhenEmpty));
        return this;
    }

    private sealed record StampedValue(DicomTag Tag, DicomVR VR, string Value, bool RemoveWhenEmpty);
}
