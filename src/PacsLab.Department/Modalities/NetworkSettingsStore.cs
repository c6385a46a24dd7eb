using System.Text.Json;

namespace PacsLab.Department.Modalities;

/// <summary>
/// Keeps the service menu's settings across restarts (<c>network.json</c> in the device's data directory), as a real
/// modality keeps its configuration: a "repair" that lost the AE title stays lost after a restart, and so does the fix.
/// Written to a temp file and moved, so a crash never leaves half a file.
/// </summary>
internal sealed class NetworkSettingsStore(string dataDirectory)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string FilePath { get; } = Path.Combine(dataDirectory, "network.json");

    /// <summary>The saved settings, or null when none were saved (or the file cannot be read: then department.yaml's apply).</summary>
    public ModalityNetworkSettings? Load()
    {
        try
        {
            return File.Exists(FilePath) ? JsonSerializer.Deserialize<ModalityNetworkSettings>(File.ReadAllText(FilePath), Json) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public async Task SaveAsync(ModalityNetworkSettings settings, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        var temp = FilePath + ".tmp";
        await File.WriteAllTextAsync(temp, JsonSerializer.Serialize(settings, Json), cancellationToken).ConfigureAwait(false);
        File.Move(temp, FilePath, overwrite: true);
    }
}
