namespace PacsLab.Department.Ris;

/// <summary>The RIS's configuration (section "Ris"): its AE title, its worklist port and where the order book lives.</summary>
public sealed class RisOptions
{
    public const string Section = "Ris";

    /// <summary>The worklist SCP's AE title; modalities must call it by this title.</summary>
    public string AeTitle { get; set; } = "RIS";

    /// <summary>The Modality Worklist port on 127.0.0.1; 0 picks a free one (tests), reported by <c>WorklistServer.LocalEndPoint</c>.</summary>
    public int Port { get; set; } = 11113;

    /// <summary>Where the order book file is kept. Relative paths are under the current directory.</summary>
    public string DataDirectory { get; set; } = Path.Combine("pacslab-data", "ris");

    public string ResolveDataDirectory() => Path.GetFullPath(DataDirectory);
}
