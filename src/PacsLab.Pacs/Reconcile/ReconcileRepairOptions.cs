namespace PacsLab.Pacs.Reconcile;

/// <summary>Which fixes <see cref="ArchiveReconciler.RepairAsync"/> applies; all of them by default.</summary>
public sealed record ReconcileRepairOptions
{
    /// <summary>
    /// Read each orphan file and index it where it lies, as a store would have; an orphan holding an instance whose
    /// indexed file is missing (a moved file) gets that instance's row pointed at it instead.
    /// </summary>
    public bool IndexOrphans { get; init; } = true;

    /// <summary>Remove index rows whose files are missing, with an audit record each.</summary>
    public bool DropMissing { get; init; } = true;

    /// <summary>Delete the files left in incoming/. Only safe while no association is receiving.</summary>
    public bool ClearIncoming { get; init; } = true;

    /// <summary>Who asked, as the audit log names them ("admin:trainee1", "cli:reconcile").</summary>
    public string Actor { get; init; } = "reconcile";
}
