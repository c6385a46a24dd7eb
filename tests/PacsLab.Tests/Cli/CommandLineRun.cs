using System.CommandLine;
using PacsLab.Cli;

namespace PacsLab.Tests.Cli;

/// <summary>Runs `pacslab` in process with its output and error captured.</summary>
internal sealed record CommandLineRun(int ExitCode, string Output, string Error)
{
    public static async Task<CommandLineRun> InvokeAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        var exitCode = await PacsLabCommandLine.Create().Parse(args).InvokeAsync(configuration);
        return new CommandLineRun(exitCode, output.ToString(), error.ToString());
    }
}
