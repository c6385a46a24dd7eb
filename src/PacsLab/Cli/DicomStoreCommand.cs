using System.CommandLine;
using PacsLab.Dicom;
using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Dimse;

namespace PacsLab.Cli;

/// <summary>`pacslab dicom store HOST PORT FILE|FOLDER...`: sends DICOM files with C-STORE (PS3.4 Annex B), like DCMTK's storescu.</summary>
internal static class DicomStoreCommand
{
    // Presentation context ids are the odd numbers 1 to 255 (PS3.8 9.3.2.2).
    private const int MaxPresentationContexts = DicomClient.MaxPresentationContexts;

    public static Command Create()
    {
        var network = new NetworkOptions();
        var paths = new Argument<string[]>("FILE|FOLDER")
        {
            Description = "DICOM files to send, or folders to search (with their subfolders) for them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("store",
            "Send DICOM files to a peer with C-STORE on one association, one line per file and a summary. Like DCMTK's storescu.");
        network.AddTo(command);
        command.Arguments.Add(paths);
        command.SetAction((parseResult, cancellationToken) => RunAsync(network.ClientOptions(parseResult), parseResult.GetValue(paths)!,
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(DicomClientOptions options, IReadOnlyList<string> paths, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var target = $"{options.CalledAeTitle} at {options.Host}:{options.Port}";
        try
        {
            var scan = await StoreFileScan.ScanAsync(paths, cancellationToken).ConfigureAwait(false);
            foreach (var note in scan.Skipped) await output.WriteLineAsync(note).ConfigureAwait(false);
            foreach (var problem in scan.Problems) await error.WriteLineAsync(problem).ConfigureAwait(false);
            if (scan.Files.Count == 0)
            {
                await error.WriteLineAsync($"Nothing sent to {target}: no DICOM files found in {string.Join(", ", paths)}.").ConfigureAwait(false);
                return 1;
            }

            var wanted = scan.Files.Select(f => (f.SopClassUid, f.TransferSyntax.Uid)).Distinct()
                .Select(w => (w.SopClassUid, StoreSyntaxChoice.Propose(DicomTransferSyntax.FromUid(w.Uid)))).ToList();
            if (wanted.Count > MaxPresentationContexts)
            {
                await error.WriteLineAsync($"Nothing sent to {target}: these files need {wanted.Count} presentation contexts (one per SOP class " +
                    $"and transfer syntax), more than the {MaxPresentationContexts} one association can carry. Send them a folder at a time.").ConfigureAwait(false);
                return 1;
            }

            var sent = 0;
            var failed = scan.Problems.Count;
            try
            {
                await using var client = await DicomClient.ConnectAsync(options, DicomClient.Proposals(wanted), cancellationToken).ConfigureAwait(false);
                await output.WriteLineAsync($"Sending {Files(scan.Files.Count)} to {target} as {options.CallingAeTitle}.").ConfigureAwait(false);
                for (var i = 0; i < scan.Files.Count; i++)
                {
                    var path = scan.Files[i].Path;
                    if (!client.Association.IsEstablished)
                    {
                        var outcome = await client.Association.Completion.ConfigureAwait(false);
                        var left = scan.Files.Count - i;
                        await output.WriteLineAsync($"{Files(left)} not sent, from {path} on: the association ended ({outcome.Description})").ConfigureAwait(false);
                        failed += left;
                        break;
                    }
                    if (await SendAsync(client, options, path, output, cancellationToken).ConfigureAwait(false)) sent++;
                    else failed++;
                }
                if (client.Association.IsEstablished) await client.ReleaseAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (NetworkErrorMessage.For(options, ex) is { } message)
            {
                await error.WriteLineAsync($"C-STORE to {target} as {options.CallingAeTitle} failed: {message}").ConfigureAwait(false);
                failed = scan.Files.Count - sent + scan.Problems.Count;
            }

            var skipped = scan.Skipped.Count > 0 ? $", {scan.Skipped.Count} skipped" : "";
            await output.WriteLineAsync($"{sent} sent, {failed} failed{skipped}").ConfigureAwait(false);
            return failed == 0 ? 0 : 1;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("C-STORE cancelled.").ConfigureAwait(false);
            return 130;
        }
    }

    /// <summary>Reads and sends one file, printing its line; true when the peer stored it (success or warning).</summary>
    private static async Task<bool> SendAsync(DicomClient client, DicomClientOptions options, string path, TextWriter output, CancellationToken cancellationToken)
    {
        DicomFile file;
        try
        {
            file = await DicomFile.OpenAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ReadErrorMessage.For(path, ex) is { } message)
        {
            await output.WriteLineAsync($"C-STORE {path}: not sent. {message}").ConfigureAwait(false);
            return false;
        }

        DimseCommand response;
        try
        {
            response = await client.StoreAsync(file, cancellationToken).ConfigureAwait(false);
        }
        catch (DicomNetworkException ex)
        {
            // This file cannot go (no accepted context, missing UID); the association is still up for the others.
            await output.WriteLineAsync($"C-STORE {path}: not sent: {ex.Message}").ConfigureAwait(false);
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException && NetworkErrorMessage.For(options, ex) is { } message)
        {
            await output.WriteLineAsync($"C-STORE {path}: not sent: {message}").ConfigureAwait(false);
            // A late response would be taken for the next file's: end the association rather than go on.
            await client.Association.AbortAsync().ConfigureAwait(false);
            return false;
        }

        var status = response.Status;
        var comment = response.ErrorComment is { Length: > 0 } text ? $"; the peer says: \"{text}\"" : "";
        await output.WriteLineAsync($"C-STORE {path}: {status.Describe(DimseCommandField.CStoreRsp)} (status {status}){comment}").ConfigureAwait(false);
        return status.IsSuccess || status.Category == DimseStatusCategory.Warning;
    }

    private static string Files(int count) => count == 1 ? "1 file" : $"{count} files";
}
