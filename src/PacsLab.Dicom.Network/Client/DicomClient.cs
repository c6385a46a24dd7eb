using System.Net.Sockets;
using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Client;

/// <summary>
/// An SCU: opens an association with the contexts it needs and performs DIMSE requests on it, one at a time.
/// Connection failures and rejections become <see cref="DicomNetworkException"/>s that say what to check.
/// </summary>
public sealed partial class DicomClient : IAsyncDisposable
{
    private readonly DicomAssociation _association;
    private readonly TcpClient _tcp;

    private DicomClient(DicomAssociation association, TcpClient tcp)
    {
        _association = association;
        _tcp = tcp;
    }

    public DicomAssociation Association => _association;

    /// <summary>PS3.8 9.3.2.2: presentation context ids are odd numbers 1 to 255, so one association carries at most 128.</summary>
    public const int MaxPresentationContexts = AssociateCodec.MaxPresentationContexts;

    /// <summary>Proposals for abstract syntaxes, each with its transfer syntaxes; ids are assigned 1, 3, 5 ...</summary>
    public static IReadOnlyList<PresentationContextProposal> Proposals(IEnumerable<(string AbstractSyntax, IReadOnlyList<string> TransferSyntaxes)> wanted)
    {
        var list = wanted.ToList();
        if (list.Count > MaxPresentationContexts)
            throw new ArgumentException(
                $"{list.Count} presentation contexts asked for, but one association can carry at most {MaxPresentationContexts} (PS3.8 9.3.2.2: odd ids 1 to 255); send in more than one association",
                nameof(wanted));
        return list.Select((w, i) => new PresentationContextProposal((byte)(2 * i + 1), w.AbstractSyntax, w.TransferSyntaxes)).ToList();
    }

    /// <param name="roles">SCP/SCU role selection items, e.g. the SCP role for storage classes a C-GET will receive.</param>
    public static async Task<DicomClient> ConnectAsync(DicomClientOptions options, IReadOnlyList<PresentationContextProposal> contexts,
        CancellationToken cancellationToken = default, IReadOnlyList<RoleSelection>? roles = null)
    {
        var tcp = new TcpClient { NoDelay = true };
        try
        {
            using var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            connectTimeout.CancelAfter(options.ConnectTimeout);
            await tcp.ConnectAsync(options.Host, options.Port, connectTimeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            tcp.Dispose();
            var what = ex is SocketException { SocketErrorCode: SocketError.ConnectionRefused }
                ? "connection refused: nothing is listening on that port"
                : ex is OperationCanceledException ? $"no answer within {options.ConnectTimeout.TotalSeconds:F0} s" : ex.Message;
            throw new DicomNetworkException($"Cannot reach {options.Host}:{options.Port} ({what}). Check the host, the port, and that the peer is running.", ex);
        }

        var request = new AAssociateRq(options.CalledAeTitle, options.CallingAeTitle, contexts, new UserInformation { RoleSelections = roles ?? [] });
        var peer = new AssociationPeer(((System.Net.IPEndPoint?)tcp.Client.RemoteEndPoint)?.Address, options.Port);
        try
        {
            var association = await DicomAssociation.RequestAsync(tcp.GetStream(), peer, request, options.Association, cancellationToken).ConfigureAwait(false);
            return new DicomClient(association, tcp);
        }
        catch (AssociationRejectedException ex)
        {
            tcp.Dispose();
            throw new DicomNetworkException(ex.Message, ex);
        }
        catch (Exception ex) when (ex is TimeoutException or IOException)
        {
            tcp.Dispose();
            throw new DicomNetworkException($"The association with {options.Host}:{options.Port} failed: {ex.Message}", ex);
        }
    }

    public async Task<DimseCommand> EchoAsync(CancellationToken cancellationToken = default)
    {
        var context = _association.FindContext(DimseCommands.VerificationSopClassUid)
            ?? throw new DicomNetworkException("the peer did not accept the Verification SOP class (1.2.840.10008.1.1), so C-ECHO is not possible");
        await SendRequestAsync(() => _association.SendAsync(context.Id, DimseCommands.EchoRequest(NextMessageId()), (Stream?)null, cancellationToken)).ConfigureAwait(false);
        return await ReceiveResponseAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends one file on the best accepted context (see <see cref="StoreSyntaxChoice"/>); returns the C-STORE-RSP.</summary>
    public Task<DimseCommand> StoreAsync(DicomFile file, CancellationToken cancellationToken = default) =>
        StoreAsync(file, cancellationToken, moveOriginatorAeTitle: null, moveOriginatorMessageId: null);

    /// <summary>As a C-MOVE sub-operation: the request names the AE and message that asked for the move (PS3.7 9.3.1.1).</summary>
    public async Task<DimseCommand> StoreAsync(DicomFile file, CancellationToken cancellationToken, string? moveOriginatorAeTitle, ushort? moveOriginatorMessageId)
    {
        var sopClass = file.Dataset.GetString(DicomTags.SOPClassUID) ?? file.FileMetaInformation.GetString(DicomTags.MediaStorageSOPClassUID)
            ?? throw new DicomNetworkException("the file has no SOP Class UID (0008,0016), so it cannot be stored");
        var sopInstance = file.Dataset.GetString(DicomTags.SOPInstanceUID) ?? file.FileMetaInformation.GetString(DicomTags.MediaStorageSOPInstanceUID)
            ?? throw new DicomNetworkException("the file has no SOP Instance UID (0008,0018), so it cannot be stored");
        var context = StoreSyntaxChoice.Choose(_association, sopClass, file.TransferSyntax);
        var request = DimseCommands.StoreRequest(NextMessageId(), sopClass, sopInstance, DimsePriority.Medium, moveOriginatorAeTitle, moveOriginatorMessageId);
        await SendRequestAsync(() => _association.SendAsync(context.Id, request, file.Dataset, cancellationToken)).ConfigureAwait(false);
        return await ReceiveResponseAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends a data set already encoded in <paramref name="syntax"/> byte for byte, if the peer accepted that syntax for
    /// the SOP class; null (nothing sent) when it did not, so the caller can send a parsed, re-encoded copy instead.
    /// </summary>
    public async Task<DimseCommand?> TryStoreEncodedAsync(string sopClassUid, string sopInstanceUid, DicomTransferSyntax syntax,
        Func<CancellationToken, Task<Stream>> openDataSet, CancellationToken cancellationToken, string? moveOriginatorAeTitle = null, ushort? moveOriginatorMessageId = null)
    {
        var context = _association.AcceptedContexts.FirstOrDefault(c => c.AbstractSyntax == sopClassUid && c.TransferSyntax.Uid == syntax.Uid);
        if (context is null) return null;
        var dataSet = await openDataSet(cancellationToken).ConfigureAwait(false);
        await using (dataSet.ConfigureAwait(false))
        {
            var request = DimseCommands.StoreRequest(NextMessageId(), sopClassUid, sopInstanceUid, DimsePriority.Medium, moveOriginatorAeTitle, moveOriginatorMessageId);
            await SendRequestAsync(() => _association.SendAsync(context.Id, request, dataSet, cancellationToken)).ConfigureAwait(false);
        }
        return await ReceiveResponseAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task ReleaseAsync(CancellationToken cancellationToken = default) => _association.ReleaseAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _association.DisposeAsync().ConfigureAwait(false);
        _tcp.Dispose();
    }

    private ushort NextMessageId() => _association.NextMessageId();

    private async Task<DimseCommand> ReceiveResponseAsync(CancellationToken cancellationToken)
    {
        var message = await ReceiveMessageAsync(cancellationToken).ConfigureAwait(false);
        await using (message.ConfigureAwait(false)) return message.Command;
    }

    private async Task<DimseMessage> ReceiveMessageAsync(CancellationToken cancellationToken)
    {
        DimseMessage? message;
        try
        {
            message = await _association.ReceiveAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException ex)
        {
            throw new DicomNetworkException($"{ex.Message} Check that the peer is not stalled, or raise the DIMSE timeout.", ex);
        }
        if (message is not null) return message;
        var outcome = await _association.Completion.ConfigureAwait(false);
        throw new DicomNetworkException($"The association ended before a response came: {outcome.Description}");
    }

    private async Task SendRequestAsync(Func<Task> send)
    {
        try
        {
            await send().ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            var ended = _association.Completion.IsCompleted ? $" {(await _association.Completion.ConfigureAwait(false)).Description}" : "";
            throw new DicomNetworkException($"The request could not be sent: {ex.Message}.{ended}", ex);
        }
    }

    private AcceptedPresentationContext ContextFor(string sopClassUid, string operation) =>
        _association.FindContext(sopClassUid)
        ?? throw new DicomNetworkException($"the peer did not accept the information model {Describe(sopClassUid)}, so {operation} is not possible on this association");

    private static string Describe(string uid) => DicomDictionary.TryGetUid(uid, out var entry) ? $"{entry.Name} ({uid})" : uid;
}
