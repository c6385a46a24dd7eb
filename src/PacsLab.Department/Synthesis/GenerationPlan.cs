namespace PacsLab.Department.Synthesis;

/// <summary>What `pacslab generate` is asked for: how many patients, studies each, of which modalities, from which seed.</summary>
/// <param name="Modalities">The modalities to make, used in turn: study k of the run is of Modalities[k mod count].</param>
/// <param name="Patients">Patients: the catalog's first, then synthetic ones when there are more than the catalog holds.</param>
/// <param name="StudiesPerPatient">Studies made for each patient.</param>
/// <param name="Seed">The seed everything derives from: the same plan gives the same files.</param>
/// <param name="Date">The day the studies are acquired on, from 08:00, 20 minutes apart.</param>
public sealed record GenerationPlan(IReadOnlyList<string> Modalities, int Patients, int StudiesPerPatient, int Seed, DateOnly Date)
{
    /// <summary>Images per series instead of the template's; null keeps the template's.</summary>
    public int? ImagesPerSeries { get; init; }
}
