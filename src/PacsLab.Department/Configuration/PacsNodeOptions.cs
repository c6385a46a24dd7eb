namespace PacsLab.Department.Configuration;

/// <summary>The PACS every device points at by default (PacsLab's own PACS: PACSLAB on 127.0.0.1:11112).</summary>
public sealed class PacsNodeOptions
{
    public string AeTitle { get; set; } = "PACSLAB";
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>0 while the PACS picks a free port at start; the host then fills in the port it bound.</summary>
    public int Port { get; set; } = 11112;

    public DicomNode ToNode() => new(Host, Port, AeTitle);
}
