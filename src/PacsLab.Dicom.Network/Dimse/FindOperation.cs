using PacsLab.Dicom.Network.Association;

namespace PacsLab.Dicom.Network.Dimse;

/// <summary>
/// Serves one C-FIND: a pending response (0xFF00) with each match, then success; a C-CANCEL for this message
/// between matches ends it with 0xFE00 (PS3.4 C.4.1.2, PS3.7 9.3.2.3).
/// </summary>
internal sealed class FindOperation(DicomAssociation association, ICFindHandler handler)
{
    public async Task<DimseResult> RunAsync(DimseMessage message, DimseRequestContext context, CancellationToken cancellationToken)
    {
        if (message.DataSet is null) return new DimseResult(DimseStatus.CannotUnderstand, "the C-FIND request carried no identifier");
        var identifier = await message.DataSet.ReadAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await foreach (var match in handler.FindAsync(context, message.Command, identifier, cancellationToken).ConfigureAwait(false))
        {
            if (CancelRequested(association, message.Command.MessageId)) return DimseStatus.Cancel;
            var pending = DimseCommands.Response(message.Command, DimseStatus.Pending, hasDataSet: true);
            await association.SendAsync(message.PresentationContextId, pending, match, cancellationToken).ConfigureAwait(false);
        }
        return CancelRequested(association, message.Command.MessageId) ? DimseStatus.Cancel : DimseResult.Success;
    }

    /// <summary>Takes a waiting C-CANCEL-RQ for <paramref name="messageId"/> off the queue, if one came.</summary>
    internal static bool CancelRequested(DicomAssociation association, ushort messageId)
    {
        if (!association.Messages.TryPeek(out var next)) return false;
        if (next.Command.CommandField != DimseCommandField.CCancelRq || next.Command.MessageIdBeingRespondedTo != messageId) return false;
        return association.Messages.TryRead(out _);
    }
}
