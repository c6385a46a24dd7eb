namespace PacsLab.Pacs.Reconcile;

/// <summary>The outcome of checking the index against the archive's files.</summary>
/// <param name="InstancesChecked">Index rows whose files were checked.</param>
/// <param name="FilesChecked">Files found in the archive.</param>
/// <param name="Findings">Every disagreement found, index rows first (in path order), then orphan files, then incoming/.</param>
public sealed record ReconcileReport(int InstancesChecked, int FilesChecked, IReadOnlyList<ReconcileFinding> Findings)
{
    public int MissingFiles => CountOf(ReconcileFindingKind.MissingFile);
    public int OrphanFiles => CountOf(ReconcileFindingKind.OrphanFile);
    public int Mismatches => CountOf(ReconcileFindingKind.SizeMismatch) + CountOf(ReconcileFindingKind.HashMismatch);
    public int IncomingLeftovers => CountOf(ReconcileFindingKind.IncomingLeftover);
    public int UnreadableFiles => CountOf(ReconcileFindingKind.UnreadableFile);
    public bool IsClean => Findings.Count == 0;

    /// <summary>"checked 1204 instances: 2 missing files, 1 orphan file, 0 mismatches, 0 leftover incoming files".</summary>
    public string Summary
    {
        get
        {
            var summary = $"checked {ReconcileText.Count(InstancesChecked, "instance")}: {ReconcileText.Count(MissingFiles, "missing file")}, " +
                          $"{ReconcileText.Count(OrphanFiles, "orphan file")}, {ReconcileText.Count(Mismatches, "mismatch", "mismatches")}, " +
                          $"{ReconcileText.Count(IncomingLeftovers, "leftover incoming file")}";
            return UnreadableFiles == 0 ? summary : $"{summary}, {ReconcileText.Count(UnreadableFiles, "unreadable file")}";
        }
    }

    private int CountOf(ReconcileFindingKind kind) => Findings.Count(f => f.Kind == kind);
}
