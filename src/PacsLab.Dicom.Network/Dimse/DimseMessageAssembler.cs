using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Dimse;

/// <summary>
/// Rebuilds DIMSE messages from presentation data values, however the peer fragmented them (PS3.8 Annex E,
/// PS3.7 8.1): the command fragments first, then the data set fragments on the same context, each part ended by
/// its last-fragment bit. Anything else is a <see cref="DimseProtocolException"/>.
/// </summary>
public sealed class DimseMessageAssembler(
    Func<byte, DicomTransferSyntax?> acceptedContext,
    string spoolDirectory,
    long spoolThreshold = 1024 * 1024,
    Func<string?>? sourceAeTitle = null) : IAsyncDisposable
{
    private const int MaxCommandLength = 64 * 1024;

    private readonly MemoryStream _command = new();
    private DimseCommand? _pendingCommand;
    private byte _contextId;
    private PooledSegmentBuffer? _dataInMemory;
    private FileStream? _dataSpool;
    private string? _spoolPath;
    private long _spoolHeaderLength;
    private long _dataLength;

    /// <summary>Adds one PDV; returns the message once its last fragment arrived, otherwise null.</summary>
    public async ValueTask<DimseMessage?> AddAsync(PresentationDataValue pdv, CancellationToken cancellationToken)
    {
        if (acceptedContext(pdv.PresentationContextId) is null)
            throw new DimseProtocolException($"a presentation data value names presentation context {pdv.PresentationContextId}, which was not accepted on this association");
        return pdv.IsCommand ? await AddCommandAsync(pdv, cancellationToken).ConfigureAwait(false) : await AddDataAsync(pdv, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DimseMessage?> AddCommandAsync(PresentationDataValue pdv, CancellationToken cancellationToken)
    {
        if (_pendingCommand is not null)
            throw new DimseProtocolException("a command fragment arrived while the data set of the previous command was still expected");
        if (_command.Length == 0) _contextId = pdv.PresentationContextId;
        else if (pdv.PresentationContextId != _contextId)
            throw new DimseProtocolException($"command fragments arrived on presentation contexts {_contextId} and {pdv.PresentationContextId}");
        if (_command.Length + pdv.Data.Length > MaxCommandLength)
            throw new DimseProtocolException($"the command set is longer than {MaxCommandLength} bytes");
        _command.Write(pdv.Data.Span);
        if (!pdv.IsLast) return null;

        DimseCommand command;
        try
        {
            command = await DimseCommandCodec.DecodeAsync(_command.ToArray(), cancellationToken).ConfigureAwait(false);
        }
        catch (DicomFormatException ex)
        {
            throw new DimseProtocolException($"the command set cannot be read: {ex.Message}");
        }
        finally
        {
            _command.SetLength(0);
        }
        if (!command.HasDataSet) return new DimseMessage(_contextId, command, null);
        _pendingCommand = command;
        _dataInMemory = new PooledSegmentBuffer();
        _dataLength = 0;
        return null;
    }

    private async ValueTask<DimseMessage?> AddDataAsync(PresentationDataValue pdv, CancellationToken cancellationToken)
    {
        if (_pendingCommand is null)
            throw new DimseProtocolException("a data set fragment arrived without a command announcing a data set");
        if (pdv.PresentationContextId != _contextId)
            throw new DimseProtocolException($"the data set arrived on presentation context {pdv.PresentationContextId}, its command on {_contextId}");

        _dataLength += pdv.Data.Length;
        if (_dataSpool is null && _dataLength > Threshold(_pendingCommand)) await StartSpoolingAsync().ConfigureAwait(false);
        // Plain synchronous writes: Linux has no asynchronous file IO, and this keeps the read loop off the thread pool.
        if (_dataSpool is not null) _dataSpool.Write(pdv.Data.Span);
        else _dataInMemory!.Append(pdv.Data.Span);
        if (!pdv.IsLast) return null;

        var syntax = acceptedContext(_contextId)!;
        IncomingDataSet data;
        if (_dataSpool is not null)
        {
            _dataSpool.Flush();
            await _dataSpool.DisposeAsync().ConfigureAwait(false);
            data = new IncomingDataSet(_spoolPath!, _spoolHeaderLength, _dataLength, syntax);
        }
        else
        {
            data = new IncomingDataSet(_dataInMemory!, syntax);
        }
        var message = new DimseMessage(_contextId, _pendingCommand, data);
        _pendingCommand = null;
        _dataSpool = null;
        _spoolPath = null;
        _dataInMemory = null;
        return message;
    }

    /// <summary>
    /// A low threshold (0: spool everything) is meant for C-STORE data sets; identifiers of queries and retrieves
    /// stay in memory unless they are unusually large.
    /// </summary>
    private long Threshold(DimseCommand command) =>
        command.CommandField == DimseCommandField.CStoreRq ? spoolThreshold : Math.Max(spoolThreshold, DefaultThreshold);

    private const long DefaultThreshold = 1024 * 1024;

    /// <summary>
    /// Starts the temp file as a Part 10 file: preamble and meta group from the command's UIDs and the context's
    /// transfer syntax, then what arrived so far; the rest is appended as it comes.
    /// </summary>
    private async Task StartSpoolingAsync()
    {
        Directory.CreateDirectory(spoolDirectory);
        _spoolPath = Path.Combine(spoolDirectory, $"incoming-{Guid.NewGuid():N}.part");
        var header = await Part10Header.BuildAsync(_pendingCommand!.AffectedSopClassUid, _pendingCommand.AffectedSopInstanceUid,
            acceptedContext(_contextId)!, sourceAeTitle?.Invoke()).ConfigureAwait(false);
        _spoolHeaderLength = header.Length;
        _dataSpool = new FileStream(_spoolPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
        _dataSpool.Write(header);
        foreach (var segment in _dataInMemory!.Segments()) _dataSpool.Write(segment.Span);
        _dataInMemory.Dispose();
        _dataInMemory = null;
    }

    /// <summary>Drops a half-received message (the association ended); its spool file is deleted.</summary>
    public async ValueTask DisposeAsync()
    {
        _dataInMemory?.Dispose();
        if (_dataSpool is not null)
        {
            await _dataSpool.DisposeAsync().ConfigureAwait(false);
            try { File.Delete(_spoolPath!); } catch (IOException) { }
        }
        _command.Dispose();
    }
}
