namespace PacsLab.Department.Configuration;

/// <summary>TCP port checks: a listening port may be 0 (pick a free one); a port to connect to may not.</summary>
public static class PortRule
{
    public static string? ListeningProblem(int port) =>
        port is < 0 or > 65535 ? $"{port} is not a TCP port; use 1 to 65535, or 0 to pick a free port at start" : null;

    public static string? RemoteProblem(int port) => port switch
    {
        0 => "the port is 0 (not known yet); set the port the peer listens on",
        < 0 or > 65535 => $"{port} is not a TCP port; use 1 to 65535",
        _ => null,
    };

    public static string? HostProblem(string? host)
    {
        if (string.IsNullOrWhiteSpace(host)) return "the host is empty; give an IP address such as 127.0.0.1 or a host name";
        if (host.Trim().Any(c => char.IsWhiteSpace(c) || char.IsControl(c))) return $"'{host}' is not a host name or address (it contains spaces)";
        return null;
    }
}
