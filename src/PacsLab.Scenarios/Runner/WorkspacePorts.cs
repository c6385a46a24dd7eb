using System.Net;
using System.Net.Sockets;
using PacsLab.Department.Configuration;

namespace PacsLab.Scenarios.Runner;

/// <summary>
/// Ports for a scenario workspace: every device gets a free port of its own, so a scenario never collides with the
/// free-play lab (11112-11118, 8080) or with another scenario.
/// </summary>
public static class WorkspacePorts
{
    private static readonly HashSet<int> Handed = [];

    /// <summary>A port the system had free a moment ago, never the same one twice in this process.</summary>
    public static int FreePort()
    {
        for (var attempt = 0; ; attempt++)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            lock (Handed)
            {
                if (Handed.Add(port) || attempt > 50) return port;
            }
        }
    }

    /// <summary>Gives each device of <paramref name="department"/> a port of its own, and returns the HTTP port for the REST API.</summary>
    public static int Assign(DepartmentOptions department)
    {
        department.Pacs.Port = FreePort();
        department.Ris.Port = FreePort();
        department.Workstation.Port = FreePort();
        foreach (var modality in department.Modalities) modality.Port = FreePort();
        return FreePort();
    }
}
