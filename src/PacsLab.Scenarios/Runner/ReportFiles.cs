using System.Text.Json;
using System.Text.Json.Serialization;

namespace PacsLab.Scenarios.Runner;

/// <summary>A run's final report on disk, beside its workspace: report.json for tools, report.txt to read.</summary>
public static class ReportFiles
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };

    public static async Task SaveAsync(ScenarioReport report, string workspace, CancellationToken cancellationToken)
    {
        await File.WriteAllTextAsync(Path.Combine(workspace, "report.json"), JsonSerializer.Serialize(report, Json), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(workspace, "report.txt"), report.ToText(), cancellationToken).ConfigureAwait(false);
    }
}
