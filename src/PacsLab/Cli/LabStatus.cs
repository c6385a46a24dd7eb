using System.Reflection;

namespace PacsLab.Cli;

/// <summary>PacsLab's own version, as `pacslab --version` and the lab's banner print it.</summary>
internal static class LabStatus
{
    public static string Version =>
        typeof(LabStatus).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
