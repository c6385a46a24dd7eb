using PacsLab.Pacs.Index;

namespace PacsLab.Pacs.Corrections;

/// <summary>
/// Recounts a study from its rows after a correction moved or rewrote instances: recounting is simpler to trust
/// than tracking each change. Needs the study's series and their instances loaded.
/// </summary>
internal static class StudyTotals
{
    public static void Recompute(StudyRecord study)
    {
        foreach (var series in study.Series) series.NumberOfInstances = series.Instances.Count;
        study.NumberOfSeries = study.Series.Count;
        study.NumberOfInstances = study.Series.Sum(s => s.Instances.Count);
        study.SizeBytes = study.Series.Sum(s => s.Instances.Sum(i => i.SizeBytes));
        // Series in the order they arrived (row order), each modality once, as the store builds (0008,0061).
        study.ModalitiesInStudy = string.Join('\\', study.Series
            .OrderBy(s => s.Id == 0 ? long.MaxValue : s.Id)
            .Select(s => s.Modality)
            .Where(m => m.Length > 0)
            .Distinct());
    }

    /// <summary>
    /// Clears the study's patient-identity conflict once every instance's file carries the study's Patient ID;
    /// true when it did.
    /// </summary>
    public static bool ResolveConflict(StudyRecord study, PatientRecord patient)
    {
        if (study.PatientIdentityConflict is null) return false;
        if (!study.Series.SelectMany(s => s.Instances).All(i => i.PatientIdInFile == patient.PatientId)) return false;
        study.PatientIdentityConflict = null;
        return true;
    }
}
