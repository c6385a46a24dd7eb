using System.Text.Json.Nodes;
using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Faults;

/// <summary>
/// The PACS AE table as the connectivity faults, actions and checks use it (GET/PUT/DELETE /api/pacs/ae-table/{ae}),
/// and what an entry looked like when the workspace started (as the lab seeds it from the department).
/// </summary>
public static class ConnectivityAeTable
{
    /// <summary>The entry's flags as the REST API names them.</summary>
    public static IReadOnlyList<string> Flags { get; } = ["mayStore", "mayQuery", "mayRetrieve", "isMoveDestination"];

    public static string Path(string aeTitle) => $"/api/pacs/ae-table/{Uri.EscapeDataString(aeTitle)}";

    /// <summary>"workstation" means the reading workstation's AE title; anything else is an AE title as written.</summary>
    public static string Resolve(ScenarioContext context, string? aeOrWorkstation) =>
        aeOrWorkstation is null or "workstation" ? context.Department.Workstation.AeTitle : aeOrWorkstation;

    public static async Task<JsonObject?> FindAsync(ScenarioContext context, string aeTitle, CancellationToken cancellationToken) =>
        (await context.Api.FindAsync(Path(aeTitle), cancellationToken).ConfigureAwait(false))?.AsObject();

    public static async Task<JsonObject> GetAsync(ScenarioContext context, string aeTitle, CancellationToken cancellationToken) =>
        await FindAsync(context, aeTitle, cancellationToken).ConfigureAwait(false)
        ?? throw new ScenarioStepException($"the PACS AE table has no entry '{aeTitle}'");

    public static Task SaveAsync(ScenarioContext context, JsonObject entry, CancellationToken cancellationToken) =>
        context.Api.PutAsync(Path(entry["aeTitle"]?.ToString() ?? ""), entry, cancellationToken);

    /// <summary>The entry the lab gave <paramref name="aeTitle"/> at start (workstation or modality), or null for a title the department does not have.</summary>
    public static JsonObject? Original(ScenarioContext context, string aeTitle)
    {
        var department = context.Department;
        if (aeTitle == department.Workstation.AeTitle)
            return Entry(aeTitle, department.ListenAddress, department.Workstation.Port, "reading workstation", false, true, true);
        var modality = department.Modalities.FirstOrDefault(m => m.EffectiveAeTitle == aeTitle);
        return modality is null ? null
            : Entry(aeTitle, department.ListenAddress, modality.Port, $"{modality.Modality} modality {modality.Name} (station {modality.EffectiveStationName})", true, false, false);
    }

    /// <summary>"RAD_WS1 127.0.0.1:11114 store no, query yes, retrieve yes, move destination yes".</summary>
    public static string Describe(JsonNode entry) =>
        $"{entry["aeTitle"]} {entry["host"]}:{entry["port"]} store {YesNo(entry, "mayStore")}, query {YesNo(entry, "mayQuery")}, " +
        $"retrieve {YesNo(entry, "mayRetrieve")}, move destination {YesNo(entry, "isMoveDestination")}";

    public static bool Flag(JsonNode entry, string flag) => entry[flag]?.GetValue<bool>() == true;

    private static string YesNo(JsonNode entry, string flag) => Flag(entry, flag) ? "yes" : "no";

    private static JsonObject Entry(string aeTitle, string host, int port, string description, bool mayStore, bool mayRetrieve, bool isMoveDestination) => new()
    {
        ["aeTitle"] = aeTitle, ["host"] = host, ["port"] = port, ["description"] = description,
        ["mayStore"] = mayStore, ["mayQuery"] = true, ["mayRetrieve"] = mayRetrieve, ["isMoveDestination"] = isMoveDestination,
    };
}
