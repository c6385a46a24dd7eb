namespace PacsLab.Pacs.Reconcile;

/// <summary>What a repair found, what it changed, what it could not change and why, and what a fresh check finds afterwards.</summary>
public sealed record ReconcileRepairResult(
    ReconcileReport Before,
    IReadOnlyList<ReconcileFix> Fixes,
    IReadOnlyList<ReconcileFinding> NotRepaired,
    ReconcileReport After);
