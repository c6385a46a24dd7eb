using PacsLab.Department.Configuration;

namespace PacsLab.Department.Modalities;

/// <summary>
/// What a worklist query gave: the items, or why there are none. <see cref="Summary"/> is the sentence the
/// modality's screen shows; when <see cref="Error"/> is set the operator can still register the patient by hand.
/// </summary>
public sealed record WorklistResult(WorklistQuery Query, DicomNode Worklist, string StationAeTitle, IReadOnlyList<WorklistItem> Items, string Summary,
    DeviceError? Error)
{
    public bool Success => Error is null;
}
