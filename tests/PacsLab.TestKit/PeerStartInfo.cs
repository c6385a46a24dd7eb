using System.Diagnostics;
using System.Text;

namespace PacsLab.TestKit;

/// <summary>
/// How every peer program is started: no shell, output captured as UTF-8, and TCP_NODELAY=1 in its environment
/// (DCMTK 3.6.7 and Orthanc leave Nagle's algorithm on otherwise, and each round trip stalls about 40 ms).
/// </summary>
internal static class PeerStartInfo
{
    public static ProcessStartInfo Create(string fileName, IEnumerable<string> arguments, string? workingDirectory)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["TCP_NODELAY"] = "1";
        return start;
    }
}
