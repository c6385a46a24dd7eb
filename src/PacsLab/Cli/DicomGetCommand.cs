using System.CommandLine;
using PacsLab.Dicom;
using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Cli;

/// <summary>
/// `pacslab dicom get HOST PORT -k TAG=VALUE... [--out DIR]`: retrieves the matching instances with C-GET (PS3.4
/// C.4.3), which brings them back over the same association, and writes each as DIR/&lt;SOP Instance UID&gt;.dcm.
/// Like DCMTK's getscu.
/// </summary>
internal static class DicomGetCommand
{
    public static Command Create()
    {
        var network = new NetworkOptions();
        var query = new QueryRetrieveOptions();
        var folder = new Option<string>("--out", "-od")
        {
            Description = "The folder to write the received files to, created if missing. Default: the current folder.",
            HelpName = "folder",
            DefaultValueFactory = _ => ".",
        };
        var command = new Command("get",
            "Retrieve the instances matching the -k keys with C-GET: the peer sends them back on this association and each is written " +
            "as a DICOM file named after its SOP Instance UID. Like DCMTK's getscu. Takes uncompressed transfer syntaxes and the common storage classes.");
        network.AddTo(command);
        query.AddTo(command);
        command.Options.Add(folder);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var (output, error) = (parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            if (!query.TryRead(parseResult, out var request, out var problem))
            {
                await error.WriteLineAsync($"Nothing sent: {problem}").ConfigureAwait(false);
                return 1;
            }
            return await RunAsync(network.ClientOptions(parseResult), request, parseResult.GetValue(folder)!, output, error, cancellationToken)
                .ConfigureAwait(false);
        });
        return command;
    }

    public static async Task<int> RunAsync(DicomClientOptions options, QueryRequest request, string folder,
        TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var target = $"{options.CalledAeTitle} at {options.Host}:{options.Port}";
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"Nothing retrieved: cannot use {folder} as the folder for the files ({ex.Message}). Give another with --out.")
                .ConfigureAwait(false);
            return 1;
        }

        var sopClass = request.Model.GetUid;
        var written = 0;
        var notWritten = 0;
        DimseCommand final;
        try
        {
            await using var client = await DicomClient.ConnectAsync(options, Proposals(sopClass), cancellationToken, Roles()).ConfigureAwait(false);
            if (client.Association.FindContext(sopClass) is null)
            {
                await error.WriteLineAsync(InformationModelRefusal.Message(options, request.Model, sopClass, "C-GET")).ConfigureAwait(false);
                await client.ReleaseAsync(cancellationToken).ConfigureAwait(false);
                return 1;
            }
            await output.WriteLineAsync($"Asking {target} as {options.CallingAeTitle} for the matches ({request.Description}); writing them to {folder}.")
                .ConfigureAwait(false);
            final = await client.GetAsync(sopClass, request.Identifier, async (command, data, ct) =>
            {
                var result = await ReceiveAsync(options, folder, command, data, output, ct).ConfigureAwait(false);
                if (result.Status.IsSuccess) written++;
                else notWritten++;
                return result;
            }, cancellationToken: cancellationToken).ConfigureAwait(false);
            await client.ReleaseAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (NetworkErrorMessage.For(options, ex) is { } message)
        {
            await error.WriteLineAsync($"C-GET from {target} as {options.CallingAeTitle} failed: {message}").ConfigureAwait(false);
            await output.WriteLineAsync(Summary(written, notWritten, folder)).ConfigureAwait(false);
            return 1;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync($"C-GET cancelled. {Summary(written, notWritten, folder)}").ConfigureAwait(false);
            return 130;
        }

        var line = RetrieveStatusMessage.StatusLine($"C-GET from {options.CalledAeTitle}", final, DimseCommandField.CGetRsp);
        var complete = RetrieveStatusMessage.IsComplete(final) && notWritten == 0;
        if (complete) await output.WriteLineAsync(line).ConfigureAwait(false);
        else
        {
            var hint = RetrieveStatusMessage.GetHint(options, request, final);
            await error.WriteLineAsync(hint.Length > 0 ? $"{line}. {hint}" : line).ConfigureAwait(false);
        }
        await output.WriteLineAsync(Summary(written, notWritten, folder)).ConfigureAwait(false);
        return complete ? 0 : 1;
    }

    /// <summary>Writes one instance the peer sent, printing its line; the result answers the peer's C-STORE.</summary>
    private static async Task<DimseResult> ReceiveAsync(DicomClientOptions options, string folder, DimseCommand command, IncomingDataSet data,
        TextWriter output, CancellationToken cancellationToken)
    {
        DicomDataset dataset;
        try
        {
            dataset = await data.ReadAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (DicomFormatException ex)
        {
            await output.WriteLineAsync($"C-STORE {ReceivedInstanceFile.Printable(command.AffectedSopInstanceUid)}: not written: " +
                $"the data set could not be read ({ex.Message}).").ConfigureAwait(false);
            return new DimseResult(DimseStatus.CannotUnderstand, $"could not read the data set: {ex.Message}");
        }

        var uid = dataset.GetString(DicomTags.SOPInstanceUID) ?? command.AffectedSopInstanceUid;
        var path = ReceivedInstanceFile.PathFor(folder, uid);
        try
        {
            await ReceivedInstanceFile.SaveAsync(path, dataset, data.TransferSyntax, options.CalledAeTitle, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await output.WriteLineAsync($"C-STORE {ReceivedInstanceFile.Printable(uid)}: not written to {path}: {ex.Message}").ConfigureAwait(false);
            return new DimseResult(DimseStatus.OutOfResources, $"the requester could not write the file: {ex.Message}");
        }

        var kind = dataset.GetString(DicomTags.SOPClassUID) is { } sopClass && DicomDictionary.TryGetUid(sopClass, out var entry) ? $" ({entry.Name})" : "";
        var line = DicomUid.IsValid(uid)
            ? $"C-STORE {uid}{kind}: written to {path}"
            : $"C-STORE with SOP Instance UID '{ReceivedInstanceFile.Printable(uid)}'{kind}, not a valid UID (PS3.5 9.1), so not used as a file name: written to {path}";
        await output.WriteLineAsync(line).ConfigureAwait(false);
        return DimseResult.Success;
    }

    private static IReadOnlyList<PresentationContextProposal> Proposals(string getSopClass) => DicomClient.Proposals(
        GetStorageClasses.Uids.Select(uid => (uid, UncompressedSyntaxes.Proposed)).Prepend((getSopClass, UncompressedSyntaxes.Proposed)));

    // This side takes the SCP role for the storage classes: the peer's C-STOREs come to it (PS3.7 D.3.3.4).
    private static IReadOnlyList<RoleSelection> Roles() =>
        GetStorageClasses.Uids.Select(uid => new RoleSelection(uid, ScuRole: false, ScpRole: true)).ToList();

    private static string Summary(int written, int notWritten, string folder)
    {
        var files = written == 1 ? "1 file" : $"{written} files";
        var failed = notWritten > 0 ? $", {notWritten} not written" : "";
        return $"{files} written to {folder}{failed}";
    }
}
