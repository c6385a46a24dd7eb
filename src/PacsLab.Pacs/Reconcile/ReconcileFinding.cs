namespace PacsLab.Pacs.Reconcile;

/// <summary>
/// One disagreement between the index and the files: the instance (when known), the file's path relative to the
/// data directory (archive/ab/cd/....dcm, incoming/....part), and a sentence saying what it means.
/// </summary>
public sealed record ReconcileFinding(ReconcileFindingKind Kind, string? SopInstanceUid, string Path, string Message);
