namespace PacsLab.Pacs.Reconcile;

/// <summary>The index as a rebuild re-created it from the archived files, and the files it could not use.</summary>
/// <param name="FilesRead">Files found in the archive.</param>
/// <param name="InstancesNoLongerIndexed">Instances the index held before whose files were not found or not usable.</param>
/// <param name="Problems">Files left out of the index, each with the reason.</param>
public sealed record IndexRebuildResult(
    int FilesRead, int Patients, int Studies, int Series, int Instances, int InstancesNoLongerIndexed,
    IReadOnlyList<ReconcileFinding> Problems)
{
    /// <summary>"rebuilt the index from 12 archive files: 2 patients, 3 studies, 4 series, 12 instances; 0 files left out".</summary>
    public string Summary =>
        $"rebuilt the index from {ReconcileText.Count(FilesRead, "archive file")}: {ReconcileText.Count(Patients, "patient")}, " +
        $"{ReconcileText.Count(Studies, "study", "studies")}, {ReconcileText.Count(Series, "series", "series")}, {ReconcileText.Count(Instances, "instance")}; " +
        $"{ReconcileText.Count(Problems.Count, "file")} left out" +
        (InstancesNoLongerIndexed == 0 ? "" : $"; {ReconcileText.Count(InstancesNoLongerIndexed, "instance")} of the old index had no usable file and are gone");
}
