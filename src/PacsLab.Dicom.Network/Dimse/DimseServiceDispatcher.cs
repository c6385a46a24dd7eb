using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Transport;

namespace PacsLab.Dicom.Network.Dimse;

/// <summary>
/// Serves the DIMSE requests of one accepted association with the given handlers until it ends. A handler's
/// exception becomes a failure status with an ErrorComment (DESIGN.md example 4); only protocol errors abort.
/// </summary>
public sealed class DimseServiceDispatcher(DicomAssociation association, DimseServiceHandlers handlers, AssociationOptions options,
    Action<DimseOperationRecord>? onOperation = null, ILogger? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await foreach (var message in association.Messages.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            await using (message.ConfigureAwait(false))
            {
                var started = DateTimeOffset.UtcNow;
                var result = await HandleAsync(message, cancellationToken).ConfigureAwait(false);
                if (result is null) continue;
                var response = DimseCommands.Response(message.Command, result.Status, hasDataSet: result.Identifier is not null, errorComment: result.ErrorComment);
                if (result.SubOperations is not null) response.SubOperations = result.SubOperations;
                await association.SendAsync(message.PresentationContextId, response, result.Identifier, cancellationToken).ConfigureAwait(false);
                if (result.Status.Category is DimseStatusCategory.Failure or DimseStatusCategory.Warning)
                    DicomServerLog.OperationFailed(_logger, message.Command.CommandField.ToString(), association.Request!.CallingAeTitle,
                        result.Status.ToString(), result.Status.Describe(message.Command.CommandField), result.ErrorComment);
                onOperation?.Invoke(new DimseOperationRecord(message.Command.CommandField, message.Command.AffectedSopClassUid,
                    message.Command.AffectedSopInstanceUid, result.Status, result.ErrorComment, started, DateTimeOffset.UtcNow - started));
            }
        }
    }

    private async Task<DimseResult?> HandleAsync(DimseMessage message, CancellationToken cancellationToken)
    {
        var command = message.Command;
        var accepted = association.GetContext(message.PresentationContextId)!;
        if (command.IsResponse || command.CommandField == DimseCommandField.CCancelRq) return null;
        if (command.AffectedSopClassUid is { } sopClass && sopClass != accepted.AbstractSyntax)
            return new DimseResult(DimseStatus.SopClassNotSupported,
                $"SOP class {sopClass} was sent on the presentation context negotiated for {accepted.AbstractSyntax}");
        var context = new DimseRequestContext(association.Request!.CallingAeTitle, association.Request.CalledAeTitle, association.Peer, accepted);
        try
        {
            return command.CommandField switch
            {
                DimseCommandField.CEchoRq when handlers.Echo is { } echo => await echo.EchoAsync(context, cancellationToken).ConfigureAwait(false),
                DimseCommandField.CStoreRq when handlers.Store is { } store && message.DataSet is { } data =>
                    await store.StoreAsync(context, command, data, cancellationToken).ConfigureAwait(false),
                DimseCommandField.CStoreRq when message.DataSet is null => new DimseResult(DimseStatus.CannotUnderstand, "the C-STORE request carried no data set"),
                DimseCommandField.CFindRq when handlers.Find is { } find =>
                    await new FindOperation(association, find).RunAsync(message, context, cancellationToken).ConfigureAwait(false),
                DimseCommandField.CMoveRq or DimseCommandField.CGetRq when handlers.Retrieve is not null =>
                    await new RetrieveOperation(association, handlers, options, problem => DicomServerLog.RetrieveProblem(_logger, problem)).RunAsync(message, context, cancellationToken).ConfigureAwait(false),
                DimseCommandField.CEchoRq or DimseCommandField.CStoreRq or DimseCommandField.CFindRq or DimseCommandField.CMoveRq or DimseCommandField.CGetRq =>
                    new DimseResult(DimseStatus.SopClassNotSupported, $"this application does not offer {command.CommandField}"),
                _ => new DimseResult(DimseStatus.UnrecognizedOperation, $"{command.CommandField} is not served here"),
            };
        }
        catch (DimseStatusException ex)
        {
            return new DimseResult(ex.Status, ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var status = command.CommandField == DimseCommandField.CStoreRq ? DimseStatus.CannotUnderstand : new DimseStatus(0xC000);
            return new DimseResult(status, ex.Message);
        }
    }
}
