namespace PacsLab.Dicom.Network.Dimse;

/// <summary>C-FIND SCP (PS3.4 C.4.1): yields each match; the dispatcher sends it as a pending response.</summary>
public interface ICFindHandler
{
    IAsyncEnumerable<DicomDataset> FindAsync(DimseRequestContext context, DimseCommand request, DicomDataset identifier, CancellationToken cancellationToken);

    /// <summary>
    /// What the dispatcher sends: each match with its pending status. By default every match of <see cref="FindAsync"/>
    /// is 0xFF00; an SCP that can tell when optional keys were not supported (0xFF01) implements this.
    /// </summary>
    IAsyncEnumerable<FindMatch> FindMatchesAsync(DimseRequestContext context, DimseCommand request, DicomDataset identifier, CancellationToken cancellationToken) =>
        FindMatch.AllPending(FindAsync(context, request, identifier, cancellationToken), cancellationToken);
}

/// <summary>One instance a C-MOVE or C-GET will send: what it is, and how to open it when its turn comes.</summary>
public sealed record RetrieveItem(string SopClassUid, string SopInstanceUid, DicomTransferSyntax TransferSyntax, Func<CancellationToken, Task<DicomFile>> OpenAsync)
{
    /// <summary>
    /// Optional: opens the data set as stored, already encoded in <see cref="TransferSyntax"/> (the stream starts at the
    /// data set, past any Part 10 header). When the peer accepted that very syntax the bytes go out as they are, with
    /// no parsing and no re-encoding; otherwise <see cref="OpenAsync"/> is used.
    /// </summary>
    public Func<CancellationToken, Task<Stream>>? OpenEncodedAsync { get; init; }
}

/// <summary>
/// C-MOVE and C-GET SCP (PS3.4 C.4.2, C.4.3): says which instances the identifier selects. The dispatcher sends
/// them (over a sub-association for C-MOVE, over the same association for C-GET) and reports the counts.
/// </summary>
public interface ICRetrieveHandler
{
    Task<IReadOnlyList<RetrieveItem>> SelectAsync(DimseRequestContext context, DimseCommand request, DicomDataset identifier, CancellationToken cancellationToken);
}

/// <summary>Where a C-MOVE destination AE title is (from the AE table); null means unknown, answered 0xA801.</summary>
public interface IMoveDestinationResolver
{
    Task<MoveDestination?> ResolveAsync(string aeTitle, CancellationToken cancellationToken);
}

public sealed record MoveDestination(string AeTitle, string Host, int Port);
