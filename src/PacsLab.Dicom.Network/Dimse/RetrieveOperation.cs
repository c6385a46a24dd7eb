using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Dimse;

/// <summary>
/// Serves one C-MOVE (sub-association to the destination from the AE table) or C-GET (C-STORE requests back over
/// the same association): sends every selected instance, a pending response with the counts after each, and a
/// final status per PS3.4 C.4.2.1.5 / C.4.3.1.4: success, 0xB000 with the failed UIDs, 0xA702 when none went, or
/// 0xFE00 when cancelled.
/// </summary>
internal sealed class RetrieveOperation(DicomAssociation association, DimseServiceHandlers handlers, AssociationOptions options, Action<string>? onFailure = null)
{
    private static readonly DicomTag FailedSopInstanceUidList = new(0x0008, 0x0058);
    private bool _cancelSeen;
    private string? _noScpRoleFor;

    public async Task<DimseResult> RunAsync(DimseMessage message, DimseRequestContext context, CancellationToken cancellationToken)
    {
        var request = message.Command;
        if (message.DataSet is null) return new DimseResult(DimseStatus.CannotUnderstand, "the request carried no identifier");
        var identifier = await message.DataSet.ReadAsync(cancellationToken: cancellationToken).ConfigureAwait(false);

        // The handler's own checks come first (the operation's model, the caller's permission, the identifier), each
        // with its status, as a PACS answers them; only a request it would serve is refused for its destination (0xA801).
        var items = await handlers.Retrieve!.SelectAsync(context, request, identifier, cancellationToken).ConfigureAwait(false);
        MoveDestination? destination = null;
        if (request.CommandField == DimseCommandField.CMoveRq)
        {
            var ae = request.MoveDestination ?? "";
            destination = handlers.MoveDestinations is { } resolver ? await resolver.ResolveAsync(ae, cancellationToken).ConfigureAwait(false) : null;
            if (destination is null)
                return new DimseResult(DimseStatus.MoveDestinationUnknown, $"move destination '{ae}' is not in the AE table");
        }
        if (items.Count == 0) return DimseResult.Success with { SubOperations = new DimseSubOperations(null, 0, 0, 0) };

        DicomClient? sub = null;
        if (destination is not null)
        {
            try
            {
                sub = await DicomClient.ConnectAsync(new DicomClientOptions
                {
                    Host = destination.Host, Port = destination.Port,
                    CallingAeTitle = handlers.MoveOriginatorAeTitle, CalledAeTitle = destination.AeTitle, Association = options,
                }, SubAssociationProposals(items), cancellationToken).ConfigureAwait(false);
            }
            catch (DicomNetworkException ex)
            {
                // ErrorComment is an LO of 64 characters: the short form goes there, the full reason to the log.
                onFailure?.Invoke($"C-MOVE sub-association to {destination.AeTitle} at {destination.Host}:{destination.Port} failed: {ex.Message}");
                var why = ex.InnerException is AssociationRejectedException ? "rejected the association" : "unreachable";
                return new DimseResult(DimseStatus.OutOfResourcesCannotPerformSuboperations, $"{destination.AeTitle} at {destination.Host}:{destination.Port} {why}")
                {
                    SubOperations = new DimseSubOperations(null, 0, items.Count, 0),
                };
            }
        }

        try
        {
            return await SendAllAsync(message, items, sub, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (sub is not null)
            {
                await sub.ReleaseAsync(cancellationToken).ConfigureAwait(false);
                await sub.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// One context per SOP class and stored transfer syntax, so a study mixing, say, JPEG and uncompressed CT images
    /// has a context for each. Past the 128 an association can carry, the remaining items fail as sub-operations.
    /// </summary>
    private static IReadOnlyList<PresentationContextProposal> SubAssociationProposals(IReadOnlyList<RetrieveItem> items) =>
        DicomClient.Proposals(items.Select(i => (i.SopClassUid, i.TransferSyntax)).Distinct()
            .Take(DicomClient.MaxPresentationContexts)
            .Select(p => (p.SopClassUid, StoreSyntaxChoice.Propose(p.TransferSyntax))));

    private async Task<DimseResult> SendAllAsync(DimseMessage message, IReadOnlyList<RetrieveItem> items, DicomClient? sub, CancellationToken cancellationToken)
    {
        var request = message.Command;
        int completed = 0, failed = 0, warning = 0;
        var failedUids = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            if (_cancelSeen || FindOperation.CancelRequested(association, request.MessageId))
                return Final(DimseStatus.Cancel, new DimseSubOperations(items.Count - i, completed, failed, warning), failedUids);
            var status = await SendOneAsync(items[i], sub, request, cancellationToken).ConfigureAwait(false);
            switch (status.Category)
            {
                case DimseStatusCategory.Success: completed++; break;
                case DimseStatusCategory.Warning: warning++; break;
                default: failed++; failedUids.Add(items[i].SopInstanceUid); break;
            }
            var pending = DimseCommands.Response(request, DimseStatus.Pending);
            pending.SubOperations = new DimseSubOperations(items.Count - i - 1, completed, failed, warning);
            if (i < items.Count - 1) await association.SendAsync(message.PresentationContextId, pending, (Stream?)null, cancellationToken).ConfigureAwait(false);
        }
        var counts = new DimseSubOperations(null, completed, failed, warning);
        if (failed == 0 && warning == 0) return Final(DimseStatus.Success, counts, failedUids);
        return Final(completed == 0 && warning == 0 ? DimseStatus.OutOfResourcesCannotPerformSuboperations : DimseStatus.SubOperationsCompleteWithFailures, counts, failedUids);
    }

    private async Task<DimseStatus> SendOneAsync(RetrieveItem item, DicomClient? sub, DimseCommand request, CancellationToken cancellationToken)
    {
        if (sub is null && !association.RequestorIsScpFor(item.SopClassUid))
        {
            _noScpRoleFor ??= item.SopClassUid;
            onFailure?.Invoke($"C-GET sub-operation for {item.SopInstanceUid} not attempted: the requestor did not take the SCP role for SOP class " +
                              $"{item.SopClassUid} in SCP/SCU role selection (PS3.7 D.3.3.4), so it may not be sent a C-STORE on this association. " +
                              "A C-GET requestor must propose the SCP role for every storage SOP class it wants to receive.");
            return DimseStatus.CannotUnderstand;
        }
        try
        {
            if (sub is not null && item.OpenEncodedAsync is { } openEncoded
                && await sub.TryStoreEncodedAsync(item.SopClassUid, item.SopInstanceUid, item.TransferSyntax, openEncoded, cancellationToken,
                    handlers.MoveOriginatorAeTitle, request.MessageId).ConfigureAwait(false) is { } response)
                return response.Status;
            var file = await item.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (sub is not null)
                return (await sub.StoreAsync(file, cancellationToken, handlers.MoveOriginatorAeTitle, request.MessageId).ConfigureAwait(false)).Status;
            return await StoreOverThisAssociationAsync(file, item, request.MessageId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DicomNetworkException or IOException or DicomFormatException or TimeoutException)
        {
            onFailure?.Invoke($"{request.CommandField} sub-operation for {item.SopInstanceUid} failed: {ex.Message}");
            return DimseStatus.CannotUnderstand;
        }
    }

    /// <summary>C-GET: the C-STORE goes back to the requestor on a storage context of a class it took the SCP role for.</summary>
    private async Task<DimseStatus> StoreOverThisAssociationAsync(DicomFile file, RetrieveItem item, ushort getMessageId, CancellationToken cancellationToken)
    {
        var context = StoreSyntaxChoice.Choose(association, item.SopClassUid, file.TransferSyntax);
        var store = DimseCommands.StoreRequest(association.NextMessageId(), item.SopClassUid, item.SopInstanceUid);
        await association.SendAsync(context.Id, store, file.Dataset, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var reply = await association.ReceiveAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new DicomNetworkException("the association ended during the C-GET");
            await using (reply.ConfigureAwait(false))
            {
                if (reply.Command.CommandField == DimseCommandField.CStoreRsp && reply.Command.MessageIdBeingRespondedTo == store.MessageId)
                    return reply.Command.Status;
                if (reply.Command.CommandField == DimseCommandField.CCancelRq && reply.Command.MessageIdBeingRespondedTo == getMessageId)
                    _cancelSeen = true;
            }
        }
    }

    private DimseResult Final(DimseStatus status, DimseSubOperations counts, List<string> failedUids)
    {
        DicomDataset? identifier = null;
        if (failedUids.Count > 0) identifier = new DicomDataset().AddOrUpdate(FailedSopInstanceUidList, DicomVR.UI, failedUids.ToArray());
        var comment = failedUids.Count == 0 ? null
            : _noScpRoleFor is { } sopClass ? $"requestor has no SCP role for {sopClass}"
            : $"{failedUids.Count} sub-operation(s) failed";
        return new DimseResult(status, comment) { SubOperations = counts, Identifier = identifier };
    }
}
