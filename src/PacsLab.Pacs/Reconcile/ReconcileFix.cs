namespace PacsLab.Pacs.Reconcile;

/// <summary>One change a repair or rebuild made, described for the administrator.</summary>
public sealed record ReconcileFix(ReconcileFindingKind Fixed, string? SopInstanceUid, string Path, string Message);
