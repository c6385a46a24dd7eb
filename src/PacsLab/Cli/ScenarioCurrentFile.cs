using System.Text.Json;

namespace PacsLab.Cli;

/// <summary>
/// Where the running scenario's REST API is: written by `scenario start` into the workspace root, read by `status`,
/// `hint`, `check`, `report` and `stop`, removed when the scenario stops.
/// </summary>
internal sealed record ScenarioCurrentFile(string Id, string Api, string Workspace, int ProcessId)
{
    private const string FileName = "current.json";

    public static string PathIn(string workspaceRoot) => Path.Combine(workspaceRoot, FileName);

    public async Task WriteAsync(string workspaceRoot, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(workspaceRoot);
        var temp = PathIn(workspaceRoot) + ".tmp";
        await File.WriteAllTextAsync(temp, JsonSerializer.Serialize(this), cancellationToken);
        File.Move(temp, PathIn(workspaceRoot), overwrite: true);
    }

    public static async Task<ScenarioCurrentFile?> ReadAsync(string workspaceRoot, CancellationToken cancellationToken)
    {
        var path = PathIn(workspaceRoot);
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<ScenarioCurrentFile>(await File.ReadAllTextAsync(path, cancellationToken));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static void Remove(string workspaceRoot, string id)
    {
        var path = PathIn(workspaceRoot);
        try
        {
            if (File.Exists(path) && JsonSerializer.Deserialize<ScenarioCurrentFile>(File.ReadAllText(path))?.Id == id) File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            // A stale pointer only makes the next `status` say the scenario cannot be reached.
        }
    }
}
