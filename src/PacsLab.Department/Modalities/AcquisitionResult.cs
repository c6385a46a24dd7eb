namespace PacsLab.Department.Modalities;

/// <summary>
/// An acquisition done: the study made and saved, and the send job queued for it. <see cref="Warnings"/> says what
/// did not go as it should but did not stop the study (e.g. the RIS could not be told the step started).
/// </summary>
public sealed record AcquisitionResult(string StudyInstanceUid, string AccessionNumber, int InstanceCount, SendJob Job, IReadOnlyList<string> Warnings);
