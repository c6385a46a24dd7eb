namespace PacsLab.Department.Configuration;

/// <summary>The reading workstation: its AE title, the port of its C-STORE SCP, and the PACS it retrieves priors from.</summary>
public sealed class WorkstationDeviceOptions
{
    public string AeTitle { get; set; } = "RAD_WS1";

    /// <summary>0 picks a free port at start.</summary>
    public int Port { get; set; } = 11114;

    /// <summary>The PACS to query and retrieve from; null (or fields left out) means the department's PACS.</summary>
    public DicomNodeOptions? Pacs { get; set; }

    /// <summary>How long to wait for a TCP connection to the PACS.</summary>
    public int ConnectTimeoutSeconds { get; set; } = 10;
}
