using System.CommandLine;
using PacsLab.Dicom;
using PacsLab.Dicom.Network.Client;

namespace PacsLab.Cli;

/// <summary>`pacslab dicom find HOST PORT -k TAG=VALUE...`: a C-FIND query (PS3.4 C.4.1), like DCMTK's findscu.</summary>
internal static class DicomFindCommand
{
    private const string FailedPrefix = "C-FIND failed: ";

    public static Command Create()
    {
        var network = new NetworkOptions();
        var query = new QueryRetrieveOptions();
        var json = new Option<bool>("--json") { Description = "Print the matches as a DICOM JSON array (PS3.18 F.2), nothing else." };
        var command = new Command("find",
            "Query a peer with C-FIND: send the -k keys, print each match with the attributes it returned and a count. Like DCMTK's findscu.");
        network.AddTo(command);
        query.AddTo(command);
        command.Options.Add(json);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var (output, error) = (parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            if (!query.TryRead(parseResult, out var request, out var problem))
            {
                await error.WriteLineAsync($"Nothing sent: {problem}").ConfigureAwait(false);
                return 1;
            }
            return await RunAsync(network.ClientOptions(parseResult), request, parseResult.GetValue(json), output, error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    public static async Task<int> RunAsync(DicomClientOptions options, QueryRequest request, bool json, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var target = $"{options.CalledAeTitle} at {options.Host}:{options.Port}";
        var sopClass = request.Model.FindUid;
        var matches = new List<DicomDataset>();
        try
        {
            await using var client = await DicomClient.ConnectAsync(options, DicomClient.Proposals([(sopClass, UncompressedSyntaxes.Proposed)]), cancellationToken)
                .ConfigureAwait(false);
            if (client.Association.FindContext(sopClass) is null)
            {
                await error.WriteLineAsync(InformationModelRefusal.Message(options, request.Model, sopClass, "C-FIND")).ConfigureAwait(false);
                await client.ReleaseAsync(cancellationToken).ConfigureAwait(false);
                return 1;
            }
            await foreach (var match in client.FindAsync(sopClass, request.Identifier, cancellationToken).ConfigureAwait(false))
            {
                matches.Add(match);
                if (!json) await WriteMatchAsync(output, match, matches.Count).ConfigureAwait(false);
            }
            await client.ReleaseAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (NetworkErrorMessage.For(options, ex) is { } message)
        {
            var statusFailure = message.StartsWith(FailedPrefix, StringComparison.Ordinal);
            var hint = statusFailure ? $" Check the keys (-k) and the level ({request.Description}); {options.CalledAeTitle}'s log says what it could not process." : "";
            var received = matches.Count > 0 ? $" ({Matches(matches.Count)} came before the failure.)" : "";
            await error.WriteLineAsync($"C-FIND to {target} as {options.CallingAeTitle} failed: " +
                $"{(statusFailure ? message[FailedPrefix.Length..] : message)}{hint}{received}").ConfigureAwait(false);
            return 1;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("C-FIND cancelled.").ConfigureAwait(false);
            return 130;
        }

        if (json) await output.WriteLineAsync(DicomJsonWriter.ToJson(matches, new DicomJsonOptions { WriteIndented = true })).ConfigureAwait(false);
        else await output.WriteLineAsync(Matches(matches.Count)).ConfigureAwait(false);
        return 0;
    }

    private static async Task WriteMatchAsync(TextWriter output, DicomDataset match, int number)
    {
        await output.WriteLineAsync($"# Match {number}").ConfigureAwait(false);
        DicomDump.Write(output, match);
        await output.WriteLineAsync().ConfigureAwait(false);
    }

    private static string Matches(int count) => count == 1 ? "1 match" : $"{count} matches";
}
