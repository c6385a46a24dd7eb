using System.Globalization;
using PacsLab.Api.Department;
using PacsLab.Api.Scenarios;
using PacsLab.Scenarios;
using PacsLab.Department.Catalog;
using PacsLab.Department.Configuration;
using PacsLab.Department.Hosting;

namespace PacsLab.Hosting;

/// <summary>
/// The whole lab in one generic host: the PACS (its DICOM listener and REST API), then the RIS, each modality and the
/// reading workstation as hosted services, and the acquisition trickle. All state lives under one data directory:
/// <c>pacs/</c> for the PACS, <c>department/</c> for the RIS and the devices. The PACS's AE table starts out knowing
/// every device of the department (each modality may store, the workstation is a move destination).
/// </summary>
public static class LabWebApplication
{
    /// <param name="configure">More services for hosts built on the lab (a scenario's lab adds its session).</param>
    public static WebApplication Create(LabSettings lab, IReadOnlyDictionary<string, string?> commandLineSettings, string? contentRoot = null,
        Action<WebApplicationBuilder>? configure = null)
    {
        var department = lab.Department;
        RequireFixedPorts(department);
        department.DataDirectory = Path.GetFullPath(Path.Combine(lab.DataDirectory, "department"));
        var settings = new Dictionary<string, string?>(PacsSettings(department, lab.DataDirectory));
        foreach (var (key, value) in commandLineSettings) settings[key] = value;

        var builder = PacsWebApplication.CreateBuilder(settings, contentRoot);
        builder.Services.AddDepartment(department, lab.Trickle, lab.Catalog);
        builder.Services.AddSingleton(sp => ScenarioSessions.Create(sp, lab.DataDirectory));
        configure?.Invoke(builder);
        var app = builder.Build();
        PacsWebApplication.UsePacs(app);
        app.MapDepartmentApi();
        app.MapScenarioCatalogApi();
        return app;
    }

    /// <summary>
    /// The devices find the PACS and the RIS, and the PACS's AE table finds the workstation, by the ports in the
    /// department description, so in the lab these three cannot be 0 ("any free port"); the modalities' may.
    /// </summary>
    private static void RequireFixedPorts(DepartmentOptions department)
    {
        var zero = new List<string>();
        if (department.Pacs.Port == 0) zero.Add("pacs.port");
        if (department.Ris.Port == 0) zero.Add("ris.port");
        if (department.Workstation.Port == 0) zero.Add("workstation.port");
        if (zero.Count > 0)
            throw new ArgumentException($"{string.Join(", ", zero)} is 0 in the department description; in the lab the PACS, the RIS and the workstation need " +
                                        "fixed ports, since the modalities and the PACS AE table are set up with them. Give each a free port number.");
    }

    /// <summary>The PACS's settings as the department sees it: its AE title and port, its data, and the devices in its AE table.</summary>
    private static Dictionary<string, string?> PacsSettings(DepartmentOptions department, string dataDirectory)
    {
        string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
        var settings = new Dictionary<string, string?>
        {
            ["Pacs:AeTitle"] = department.Pacs.AeTitle,
            ["Pacs:DicomPort"] = Text(department.Pacs.Port),
            ["Pacs:DataDirectory"] = Path.GetFullPath(Path.Combine(dataDirectory, "pacs")),
        };
        var index = 0;
        void Known(string aeTitle, int port, string description, bool mayStore, bool mayRetrieve, bool isMoveDestination)
        {
            var prefix = $"Pacs:KnownAes:{index++}:";
            settings[prefix + "AeTitle"] = aeTitle;
            settings[prefix + "Host"] = department.ListenAddress;
            settings[prefix + "Port"] = Text(port);
            settings[prefix + "Description"] = description;
            settings[prefix + "MayStore"] = mayStore ? "true" : "false";
            settings[prefix + "MayQuery"] = "true";
            settings[prefix + "MayRetrieve"] = mayRetrieve ? "true" : "false";
            settings[prefix + "IsMoveDestination"] = isMoveDestination ? "true" : "false";
        }
        foreach (var modality in department.Modalities)
            Known(modality.EffectiveAeTitle, modality.Port, $"{modality.Modality} modality {modality.Name} (station {modality.EffectiveStationName})", true, false, false);
        Known(department.Workstation.AeTitle, department.Workstation.Port, "reading workstation", false, true, true);
        return settings;
    }
}
