namespace PacsLab.Dicom.Network.Dimse;

/// <summary>C-ECHO SCP: answers verification (PS3.4 Annex A). Most services just say success.</summary>
public interface ICEchoHandler
{
    Task<DimseResult> EchoAsync(DimseRequestContext context, CancellationToken cancellationToken);
}

/// <summary>
/// C-STORE SCP (PS3.4 Annex B). The data set arrives spooled (in memory or a temp file, in the context's transfer
/// syntax); the handler stores it and returns the status. Throwing is answered with 0xC000 and the message.
/// </summary>
public interface ICStoreHandler
{
    Task<DimseResult> StoreAsync(DimseRequestContext context, DimseCommand request, IncomingDataSet dataSet, CancellationToken cancellationToken);
}

/// <summary>The services one SCP offers; a missing handler answers 0x0122 SOP class not supported.</summary>
public sealed record DimseServiceHandlers
{
    public ICEchoHandler? Echo { get; init; } = new AlwaysSuccessfulEcho();
    public ICStoreHandler? Store { get; init; }
    public ICFindHandler? Find { get; init; }
    public ICRetrieveHandler? Retrieve { get; init; }
    public IMoveDestinationResolver? MoveDestinations { get; init; }

    /// <summary>The AE title this SCP calls from when it opens C-MOVE sub-associations.</summary>
    public string MoveOriginatorAeTitle { get; init; } = "PACSLAB";

    /// <summary>
    /// Whether this SCP sends requests of the SOP class on an association it accepted, so that it agrees to the
    /// requestor's SCP role for it (PS3.7 D.3.3.4): only for storage classes, and only when it serves C-GET, whose
    /// instances go back as C-STORE requests.
    /// </summary>
    public bool ActsAsScuFor(string sopClassUid) => Retrieve is not null && StorageSopClasses.IsStorage(sopClassUid);
}

/// <summary>The usual verification SCP: every C-ECHO succeeds.</summary>
public sealed class AlwaysSuccessfulEcho : ICEchoHandler
{
    public Task<DimseResult> EchoAsync(DimseRequestContext context, CancellationToken cancellationToken) => Task.FromResult(DimseResult.Success);
}
