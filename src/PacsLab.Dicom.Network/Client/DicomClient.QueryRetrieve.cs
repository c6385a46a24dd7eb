using System.Runtime.CompilerServices;
using PacsLab.Dicom.Network.Dimse;

namespace PacsLab.Dicom.Network.Client;

public sealed partial class DicomClient
{
    /// <summary>
    /// C-FIND: yields each match. Stopping early sends a C-CANCEL and drains the responses still coming. A failure
    /// status becomes a <see cref="DicomNetworkException"/> naming the status and its ErrorComment.
    /// </summary>
    public async IAsyncEnumerable<DicomDataset> FindAsync(string informationModelUid, DicomDataset identifier,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var context = ContextFor(informationModelUid, "C-FIND");
        var request = DimseCommands.FindRequest(NextMessageId(), informationModelUid);
        await SendRequestAsync(() => _association.SendAsync(context.Id, request, identifier, cancellationToken)).ConfigureAwait(false);
        var finished = false;
        try
        {
            while (true)
            {
                var message = await ReceiveMessageAsync(cancellationToken).ConfigureAwait(false);
                await using (message.ConfigureAwait(false))
                {
                    var status = message.Command.Status;
                    if (!status.IsPending)
                    {
                        finished = true;
                        ThrowOnFailure(message.Command, "C-FIND");
                        yield break;
                    }
                    if (message.DataSet is not null) yield return await message.DataSet.ReadAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            if (!finished && _association.IsEstablished) await CancelAndDrainAsync(context.Id, request.MessageId).ConfigureAwait(false);
        }
    }

    /// <summary>C-MOVE: asks the peer to send the matches to <paramref name="destinationAeTitle"/>; returns the final response.</summary>
    public async Task<DimseCommand> MoveAsync(string informationModelUid, string destinationAeTitle, DicomDataset identifier,
        IProgress<DimseSubOperations>? progress = null, CancellationToken cancellationToken = default)
    {
        var context = ContextFor(informationModelUid, "C-MOVE");
        var request = DimseCommands.MoveRequest(NextMessageId(), informationModelUid, destinationAeTitle);
        await SendRequestAsync(() => _association.SendAsync(context.Id, request, identifier, cancellationToken)).ConfigureAwait(false);
        await using var cancel = CancelOnRequest(context.Id, request.MessageId, cancellationToken);
        while (true)
        {
            var message = await ReceiveMessageAsync(CancellationToken.None).ConfigureAwait(false);
            await using (message.ConfigureAwait(false))
            {
                if (!message.Command.Status.IsPending) return message.Command;
                if (message.Command.SubOperations is { } counts) progress?.Report(counts);
            }
        }
    }

    /// <summary>
    /// C-GET: the peer sends the matches back over this association as C-STORE requests, each handed to
    /// <paramref name="onStore"/> whose result answers it; returns the final C-GET response.
    /// </summary>
    public async Task<DimseCommand> GetAsync(string informationModelUid, DicomDataset identifier,
        Func<DimseCommand, IncomingDataSet, CancellationToken, Task<DimseResult>> onStore,
        IProgress<DimseSubOperations>? progress = null, CancellationToken cancellationToken = default)
    {
        var context = ContextFor(informationModelUid, "C-GET");
        var request = DimseCommands.GetRequest(NextMessageId(), informationModelUid);
        await SendRequestAsync(() => _association.SendAsync(context.Id, request, identifier, cancellationToken)).ConfigureAwait(false);
        await using var cancel = CancelOnRequest(context.Id, request.MessageId, cancellationToken);
        while (true)
        {
            var message = await ReceiveMessageAsync(CancellationToken.None).ConfigureAwait(false);
            await using (message.ConfigureAwait(false))
            {
                var command = message.Command;
                if (command.CommandField == DimseCommandField.CStoreRq)
                {
                    DimseResult result;
                    try
                    {
                        result = message.DataSet is null
                            ? new DimseResult(DimseStatus.CannotUnderstand, "the C-STORE request carried no data set")
                            : await onStore(command, message.DataSet, CancellationToken.None).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (ex is IOException or DicomFormatException or UnauthorizedAccessException)
                    {
                        result = new DimseResult(DimseStatus.CannotUnderstand, ex.Message);
                    }
                    var response = DimseCommands.Response(command, result.Status, errorComment: result.ErrorComment);
                    await _association.SendAsync(message.PresentationContextId, response, (Stream?)null, CancellationToken.None).ConfigureAwait(false);
                    continue;
                }
                if (!command.Status.IsPending) return command;
                if (command.SubOperations is { } counts) progress?.Report(counts);
            }
        }
    }

    /// <summary>
    /// While a C-MOVE or C-GET runs, cancelling the caller's token sends C-CANCEL (PS3.7 9.3.2.3 / 9.3.3.3); the
    /// operation then ends with the peer's final response (0xFE00 and the counts so far) rather than an exception.
    /// </summary>
    private CancellationTokenRegistration CancelOnRequest(byte contextId, ushort messageId, CancellationToken cancellationToken) =>
        cancellationToken.Register(() => _ = SendCancelAsync(contextId, messageId));

    private async Task SendCancelAsync(byte contextId, ushort messageId)
    {
        try
        {
            await _association.SendAsync(contextId, DimseCommands.CancelRequest(messageId), (Stream?)null, CancellationToken.None).ConfigureAwait(false);
        }
        catch (IOException)
        {
            // The association ended meanwhile; the receive loop reports that.
        }
    }

    private async Task CancelAndDrainAsync(byte contextId, ushort messageId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _association.SendAsync(contextId, DimseCommands.CancelRequest(messageId), (Stream?)null, timeout.Token).ConfigureAwait(false);
        while (await _association.ReceiveAsync(timeout.Token).ConfigureAwait(false) is { } message)
        {
            await using (message.ConfigureAwait(false))
            {
                if (!message.Command.Status.IsPending) return;
            }
        }
    }

    private static void ThrowOnFailure(DimseCommand response, string operation)
    {
        if (response.Status.Category is not (DimseStatusCategory.Failure)) return;
        var comment = response.ErrorComment is { Length: > 0 } c ? $" ({c})" : "";
        throw new DicomNetworkException($"{operation} failed: status {response.Status}, {response.Status.Describe(response.CommandField)}{comment}.");
    }
}
