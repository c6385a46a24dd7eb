using System.CommandLine;
using System.CommandLine.Invocation;

namespace PacsLab.Cli;

/// <summary>
/// `pacslab --version`: PacsLab's own version. The built-in action reports the entry assembly, which is the test
/// host rather than PacsLab when the command line runs in process.
/// </summary>
internal sealed class PrintVersionAction : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(LabStatus.Version);
        return 0;
    }
}
