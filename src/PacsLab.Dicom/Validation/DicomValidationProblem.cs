namespace PacsLab.Dicom;

/// <summary>
/// One rule a data element breaks. <see cref="Path"/> locates it through sequences, e.g. "(0008,1115)[0].(0008,1150)";
/// <see cref="ValueIndex"/> is the zero-based value of a multi-valued element, null when the whole element is at fault.
/// <see cref="Message"/> says what is wrong and what the standard allows, for someone learning to run a PACS.
/// </summary>
public sealed record DicomValidationProblem(
    string Path,
    DicomTag Tag,
    DicomVR VR,
    int? ValueIndex,
    DicomValidationProblemKind Kind,
    string Message)
{
    public override string ToString() => Message;
}
