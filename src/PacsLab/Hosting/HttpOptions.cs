namespace PacsLab.Hosting;

/// <summary>Where the REST API (and later the web console) listens: section "Http".</summary>
public sealed class HttpOptions
{
    public const string Section = "Http";

    public string Address { get; set; } = "127.0.0.1";

    /// <summary>0 picks a free port (tests).</summary>
    public int Port { get; set; } = 8080;
}
