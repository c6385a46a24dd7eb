namespace PacsLab.Department.Catalog;

/// <summary>
/// The department's sample data (sample-studies/catalog.yaml): patients, the orders the RIS schedules for them, and
/// a study template per procedure that the modalities follow. Load it with <see cref="SampleCatalogLoader"/>.
/// </summary>
public sealed class SampleCatalog
{
    /// <summary>The modalities a catalog may name (OT is a secondary capture).</summary>
    public static readonly IReadOnlyList<string> Modalities = ["CT", "MR", "CR", "DX", "US", "OT"];

    public SampleCatalog(string source, IReadOnlyList<CatalogPatient> patients, IReadOnlyList<CatalogOrder> orders, IReadOnlyList<StudyTemplate> studyTemplates)
    {
        Source = source;
        Patients = patients;
        Orders = orders;
        StudyTemplates = studyTemplates;
    }

    /// <summary>Where it was loaded from: a path, or the name of the embedded resource.</summary>
    public string Source { get; }

    public IReadOnlyList<CatalogPatient> Patients { get; }
    public IReadOnlyList<CatalogOrder> Orders { get; }
    public IReadOnlyList<StudyTemplate> StudyTemplates { get; }

    public CatalogPatient? FindPatient(string patientId) => Patients.FirstOrDefault(p => p.Id == patientId);

    public CatalogOrder? FindOrder(string accessionNumber) => Orders.FirstOrDefault(o => o.AccessionNumber == accessionNumber);

    /// <summary>The template of the modality with this description (case-insensitive), or null.</summary>
    public StudyTemplate? FindTemplate(string modality, string description) =>
        StudyTemplates.FirstOrDefault(t => string.Equals(t.Modality, modality, StringComparison.OrdinalIgnoreCase)
                                           && string.Equals(t.StudyDescription, description, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<StudyTemplate> TemplatesFor(string modality) =>
        StudyTemplates.Where(t => string.Equals(t.Modality, modality, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<CatalogOrder> OrdersFor(string modality) =>
        Orders.Where(o => string.Equals(o.Modality, modality, StringComparison.OrdinalIgnoreCase));
}
