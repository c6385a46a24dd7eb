using PacsLab.Dicom.Network.Association;

namespace PacsLab.Dicom.Network.Dimse;

/// <summary>
/// Serves one C-FIND: a pending response with each match (0xFF00, or 0xFF01 as the handler says), then success; a
/// C-CANCEL for this message between matches ends it with 0xFE00 (PS3.4 C.4.1.2, PS3.7 9.3.2.3). Responses are queued
/// without waiting for each to be written, up to <see cref="MaxResponsesInFlight"/>, so the next match is prepared
/// while earlier ones go out, and responses that are ready together leave in one write.
/// </summary>
internal sealed class FindOperation(DicomAssociation association, ICFindHandler handler)
{
    /// <summary>Pending responses queued but not yet written; a peer that reads slowly holds the query back at this many.</summary>
    internal const int MaxResponsesInFlight = 32;

    public async Task<DimseResult> RunAsync(DimseMessage message, DimseRequestContext context, CancellationToken cancellationToken)
    {
        if (message.DataSet is null) return new DimseResult(DimseStatus.CannotUnderstand, "the C-FIND request carried no identifier");
        var identifier = await message.DataSet.ReadAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var contextId = message.PresentationContextId;
        var inFlight = new Queue<Task>();
        try
        {
            await foreach (var match in handler.FindMatchesAsync(context, message.Command, identifier, cancellationToken).ConfigureAwait(false))
            {
                if (CancelRequested(association, message.Command.MessageId)) return await AfterWritesAsync(inFlight, DimseStatus.Cancel).ConfigureAwait(false);
                if (!match.Status.IsPending)
                    throw new InvalidOperationException($"the C-FIND handler gave a match the status {match.Status}, which is not a pending status (0xFF00 or 0xFF01)");
                var pending = DimseCommands.Response(message.Command, match.Status, hasDataSet: true);
                var encoded = await association.EncodeAsync(contextId, match.Identifier, cancellationToken).ConfigureAwait(false);
                inFlight.Enqueue(await association.EnqueueAsync(contextId, pending, encoded, cancellationToken).ConfigureAwait(false));
                if (inFlight.Count > MaxResponsesInFlight) await inFlight.Dequeue().ConfigureAwait(false);
            }
            var final = CancelRequested(association, message.Command.MessageId) ? DimseStatus.Cancel : DimseResult.Success;
            return await AfterWritesAsync(inFlight, final).ConfigureAwait(false);
        }
        finally
        {
            // On an error the responses already queued still finish (or fail) before the final one can follow them.
            await Task.WhenAll(inFlight).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private static async Task<DimseResult> AfterWritesAsync(Queue<Task> inFlight, DimseResult result)
    {
        await Task.WhenAll(inFlight).ConfigureAwait(false);
        inFlight.Clear();
        return result;
    }

    /// <summary>Takes a waiting C-CANCEL-RQ for <paramref name="messageId"/> off the queue, if one came.</summary>
    internal static bool CancelRequested(DicomAssociation association, ushort messageId)
    {
        if (!association.Messages.TryPeek(out var next)) return false;
        if (next.Command.CommandField != DimseCommandField.CCancelRq || next.Command.MessageIdBeingRespondedTo != messageId) return false;
        return association.Messages.TryRead(out _);
    }
}
