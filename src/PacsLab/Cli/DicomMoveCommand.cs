using System.CommandLine;
using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Cli;

/// <summary>
/// `pacslab dicom move HOST PORT -aem DEST -k TAG=VALUE...`: asks the peer to send the matching instances to another
/// AE with C-MOVE (PS3.4 C.4.2), like DCMTK's movescu; progress and the final status come back on this association.
/// </summary>
internal static class DicomMoveCommand
{
    public static Command Create()
    {
        var network = new NetworkOptions();
        var query = new QueryRetrieveOptions();
        var destination = new Option<string>("-aem", "--move")
        {
            Description = "The AE title the peer sends the matching instances to (the move destination). The peer must have it " +
                "in its AE table with a host and port: it opens its own association to it.",
            HelpName = "aetitle",
            Required = true,
        };
        destination.Validators.Add(result =>
        {
            var title = result.GetValueOrDefault<string>() ?? "";
            if (AeTitle.FindProblem(title) is { } problem)
                result.AddError($"-aem '{title}' {problem}: an AE title has 1 to 16 characters, letters, digits, spaces and punctuation except backslash (PS3.5 Table 6.2-1, AE).");
        });
        var command = new Command("move",
            "Ask a peer to send the instances matching the -k keys to another AE (-aem) with C-MOVE; print its progress and final status. Like DCMTK's movescu.");
        network.AddTo(command);
        command.Options.Add(destination);
        query.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var (output, error) = (parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            if (!query.TryRead(parseResult, out var request, out var problem))
            {
                await error.WriteLineAsync($"Nothing sent: {problem}").ConfigureAwait(false);
                return 1;
            }
            return await RunAsync(network.ClientOptions(parseResult), request, parseResult.GetValue(destination)!, output, error, cancellationToken)
                .ConfigureAwait(false);
        });
        return command;
    }

    public static async Task<int> RunAsync(DicomClientOptions options, QueryRequest request, string destination,
        TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var target = $"{options.CalledAeTitle} at {options.Host}:{options.Port}";
        var sopClass = request.Model.MoveUid;
        DimseCommand final;
        try
        {
            await using var client = await DicomClient.ConnectAsync(options, DicomClient.Proposals([(sopClass, UncompressedSyntaxes.Proposed)]), cancellationToken)
                .ConfigureAwait(false);
            if (client.Association.FindContext(sopClass) is null)
            {
                await error.WriteLineAsync(InformationModelRefusal.Message(options, request.Model, sopClass, "C-MOVE")).ConfigureAwait(false);
                await client.ReleaseAsync(cancellationToken).ConfigureAwait(false);
                return 1;
            }
            await output.WriteLineAsync($"Asking {target} as {options.CallingAeTitle} to send the matches ({request.Description}) to {destination}.")
                .ConfigureAwait(false);
            var progress = new SynchronousProgress<DimseSubOperations>(counts =>
                output.WriteLine($"C-MOVE in progress: {RetrieveStatusMessage.Counts(counts)}"));
            final = await client.MoveAsync(sopClass, destination, request.Identifier, progress, cancellationToken).ConfigureAwait(false);
            await client.ReleaseAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (NetworkErrorMessage.For(options, ex) is { } message)
        {
            await error.WriteLineAsync($"C-MOVE from {target} to {destination} as {options.CallingAeTitle} failed: {message}").ConfigureAwait(false);
            return 1;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("C-MOVE cancelled; the peer may still be sending what it had started.").ConfigureAwait(false);
            return 130;
        }

        var line = RetrieveStatusMessage.StatusLine($"C-MOVE to {destination}", final, DimseCommandField.CMoveRsp);
        if (RetrieveStatusMessage.IsComplete(final))
        {
            await output.WriteLineAsync(line).ConfigureAwait(false);
            return 0;
        }
        var hint = RetrieveStatusMessage.MoveHint(options, request, destination, final);
        await error.WriteLineAsync(hint.Length > 0 ? $"{line}. {hint}" : line).ConfigureAwait(false);
        return 1;
    }
}
