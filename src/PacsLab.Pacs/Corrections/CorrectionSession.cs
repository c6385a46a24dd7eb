using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PacsLab.Dicom;
using PacsLab.Pacs.Index;
using PacsLab.Pacs.Storage;

namespace PacsLab.Pacs.Corrections;

/// <summary>
/// One correction, all or nothing, with the index write lock held throughout. Affected instances are rewritten
/// first, each as a new file made durable in the archive next to the old one (its name differs because its content
/// does); only when all are durable are the index rows and the audit record committed in one transaction, and only
/// then are the old files removed. Disposing an uncommitted session removes every new file, so a failure anywhere
/// before the commit leaves the index and the old files as they were.
/// </summary>
internal sealed class CorrectionSession : IAsyncDisposable
{
    private readonly IDisposable _writeLock;
    private readonly InstanceArchive _archive;
    private readonly ArchiveUsage _usage;
    private readonly ILogger _logger;
    private readonly Func<int, Task>? _beforeRewritingInstance;
    private readonly List<string> _placed = [];
    private readonly List<string> _incoming = [];
    private readonly List<string> _obsolete = [];
    private readonly List<IDisposable> _placements = [];
    private int _attempted;
    private bool _committed;

    private readonly PlacementJournal _journal;

    public CorrectionSession(PacsIndexContext db, IDisposable writeLock, InstanceArchive archive, PlacementJournal journal, ArchiveUsage usage, ILogger logger,
        Func<int, Task>? beforeRewritingInstance, string operation, string actor, string? reason, DateTimeOffset now)
    {
        Db = db;
        _journal = journal;
        _writeLock = writeLock;
        _archive = archive;
        _usage = usage;
        _logger = logger;
        _beforeRewritingInstance = beforeRewritingInstance;
        Operation = operation;
        Actor = actor;
        Reason = reason;
        Now = now;
    }

    public PacsIndexContext Db { get; }

    /// <summary>The operation's name as messages start with it: "reassign", "merge", "split" ...</summary>
    public string Operation { get; }

    public string Actor { get; }
    public string? Reason { get; }
    public DateTimeOffset Now { get; }

    /// <summary>Instance files written anew with changed content.</summary>
    public int InstancesRewritten { get; private set; }

    public CorrectionException Error(CorrectionErrorKind kind, string message, Exception? innerException = null) =>
        new(kind, $"{Operation}: {message}", innerException);

    /// <summary>
    /// Reads the instance's whole file, writes the stamp's values into it, and places the result durably in the
    /// archive under its new name; the instance row is pointed at it (saved only by <see cref="CommitAsync"/>).
    /// The old file stays until the commit.
    /// </summary>
    public async Task RewriteAsync(InstanceRecord instance, FileStamp stamp, CancellationToken cancellationToken)
    {
        var oldPath = instance.FilePath;
        try
        {
            if (_beforeRewritingInstance is not null) await _beforeRewritingInstance(_attempted).ConfigureAwait(false);
            _attempted++;
            var source = _archive.FullPath(oldPath);
            if (!File.Exists(source))
                throw Error(CorrectionErrorKind.Failed,
                    $"the file of instance {instance.SopInstanceUid} is missing from the archive ({oldPath}); nothing was changed. " +
                    "The index refers to a file that is gone: check the archive folder or restore it from a backup");
            var file = await DicomFile.OpenAsync(source, cancellationToken: cancellationToken).ConfigureAwait(false);
            stamp.ApplyTo(file.Dataset, Operation, instance.SopInstanceUid);

            var incoming = _archive.NewIncomingPath();
            _incoming.Add(incoming);
            var (hash, size) = await InstanceFileWriter.WriteAsync(file, incoming, cancellationToken).ConfigureAwait(false);
            var newPath = ArchivePaths.For(instance.SopInstanceUid, hash);
            if (newPath == oldPath)
            {
                File.Delete(incoming);
            }
            else
            {
                // Both names marked: after a crash the next start keeps whichever the index refers to and removes the other.
                _placements.Add(_journal.Begin([newPath, oldPath]));
                _placed.Add(newPath);
                _archive.CommitFile(incoming, newPath);
                _obsolete.Add(oldPath);
                InstancesRewritten++;
            }
            _incoming.Remove(incoming);

            instance.FilePath = newPath;
            instance.ContentHash = hash;
            instance.SizeBytes = size;
            instance.PatientIdInFile = (file.Dataset.GetString(DicomTags.PatientID) ?? "").Trim(' ', '\0');
        }
        catch (Exception ex) when (ex is not CorrectionException and not OperationCanceledException)
        {
            throw Error(CorrectionErrorKind.Failed,
                $"could not rewrite instance {instance.SopInstanceUid} (file {oldPath}): {ex.Message}. " +
                "Nothing was changed: the index and the stored files are as they were", ex);
        }
    }

    /// <summary>A file to remove once the commit has succeeded (a purge's files).</summary>
    public void RemoveAfterCommit(string relativePath)
    {
        _placements.Add(_journal.Begin([relativePath]));
        _obsolete.Add(relativePath);
    }

    /// <summary>An audit record stamped with this session's time and actor; the reason, if any, ends the summary.</summary>
    public AuditRecord Audit(string action, string target, string summary, string before, string after) => new()
    {
        At = Now, Actor = Actor, Action = action, Target = target,
        Summary = Reason is null ? summary : $"{summary} Reason: {Reason}",
        Before = before, After = after,
    };

    /// <summary>Saves every changed row and the audit record in one transaction, then removes the old files.</summary>
    public async Task<AuditRecord> CommitAsync(AuditRecord audit, CancellationToken cancellationToken)
    {
        Db.AuditLog.Add(audit);
        try
        {
            await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await Db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            // Once the rows are written, the commit must not be abandoned half-way by a cancellation.
            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw Error(CorrectionErrorKind.Failed,
                $"the index could not be updated ({ex.Message}). Nothing was changed: the index and the stored files are as they were", ex);
        }
        _committed = true;
        foreach (var path in _obsolete) RemoveQuietly(path);
        _usage.Invalidate();
        CorrectionLog.Corrected(_logger, audit.Action, audit.Actor, audit.Summary);
        return audit;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_committed)
            {
                foreach (var path in _placed) RemoveQuietly(path);
                foreach (var path in _incoming)
                {
                    try { File.Delete(path); }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { CorrectionLog.FileNotRemoved(_logger, ex, Operation, path); }
                }
                if (_placed.Count > 0 || _incoming.Count > 0) CorrectionLog.RolledBack(_logger, Operation, $"{_placed.Count + _incoming.Count} new file(s) removed");
            }
            await Db.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            foreach (var placement in _placements) placement.Dispose();
            _writeLock.Dispose();
        }
    }

    private void RemoveQuietly(string relativePath)
    {
        try
        {
            _archive.DeleteFile(relativePath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            CorrectionLog.FileNotRemoved(_logger, ex, Operation, relativePath);
        }
    }
}
