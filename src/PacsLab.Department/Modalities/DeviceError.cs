namespace PacsLab.Department.Modalities;

/// <summary>
/// A failure said twice: in DICOM terms, as a PACS administrator finds it in logs ("association rejected by PACSLAB:
/// calling AE title not recognized (A-ASSOCIATE-RJ result 1, source 1, reason 3)"), and in plain words with what
/// to check next.
/// </summary>
public sealed record DeviceError(DeviceErrorKind Kind, string DicomTerms, string PlainWords)
{
    public string Message => $"{DicomTerms}. {PlainWords}";

    public override string ToString() => Message;
}
