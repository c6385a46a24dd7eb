using PacsLab.Department.Catalog;
using PacsLab.Department.Configuration;

namespace PacsLab.Scenarios.Loading;

/// <summary>
/// What a scenario may refer to besides its own setup: the devices of the built-in department.yaml, and the
/// patients and orders of the sample catalog that every scenario workspace holds.
/// </summary>
/// <param name="Devices">Modality names in department order (CT_ROOM1, MR_3T, ...).</param>
/// <param name="Patients">Patient ID to patient name.</param>
/// <param name="Orders">Accession number to a few words on the order (patient and procedure), for messages.</param>
public sealed record ScenarioReferences(
    IReadOnlyList<string> Devices,
    IReadOnlyDictionary<string, string> Patients,
    IReadOnlyDictionary<string, string> Orders)
{
    /// <summary>The name a <see cref="Catalog.ParameterKind.Device"/> parameter may use for the reading workstation, where its description says so.</summary>
    public const string Workstation = "workstation";

    private static readonly Lazy<ScenarioReferences> Shared = new(Load);

    /// <summary>The built-in department and the embedded sample catalog, the ones every scenario workspace starts from.</summary>
    public static ScenarioReferences Default => Shared.Value;

    private static ScenarioReferences Load()
    {
        var department = DepartmentConfiguration.LoadDefault();
        var catalog = SampleCatalogLoader.LoadEmbedded();
        return new ScenarioReferences(
            department.Modalities.Select(m => m.Name).ToList(),
            catalog.Patients.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal),
            catalog.Orders.ToDictionary(o => o.AccessionNumber, o => $"{o.PatientId}, {o.RequestedProcedureDescription}", StringComparer.Ordinal));
    }
}
