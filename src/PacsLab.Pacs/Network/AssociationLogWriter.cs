using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PacsLab.Dicom;
using PacsLab.Dicom.Network.Transport;
using PacsLab.Pacs.Index;

namespace PacsLab.Pacs.Network;

/// <summary>
/// Keeps the association log in the index: one row per association attempt, accepted or not, with its operations;
/// rows older than the retention are pruned now and then.
/// </summary>
public sealed class AssociationLogWriter(IDbContextFactory<PacsIndexContext> contexts, PacsOptions options, TimeProvider time, AeDirectory? directory = null)
{
    private static readonly TimeSpan PruneInterval = TimeSpan.FromMinutes(10);
    private DateTimeOffset _lastPrune = DateTimeOffset.MinValue;

    public async Task WriteAsync(AssociationRecord record, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = ToRow(record);
        if (directory is not null) row.RefusedContexts = RefusedContextWording.Describe(record, directory.Snapshot.Settings);
        db.AssociationLog.Add(row);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        if (now - _lastPrune < PruneInterval) return;
        _lastPrune = now;
        var cutoff = now - options.AssociationLogRetention;
        await db.AssociationLog.Where(a => a.StartedAt < cutoff).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }

    public static AssociationLogRecord ToRow(AssociationRecord r) => new()
    {
        StartedAt = r.Started,
        DurationMs = (long)r.Duration.TotalMilliseconds,
        PeerAddress = r.Peer.Address?.ToString() ?? "",
        PeerPort = r.Peer.Port,
        CallingAeTitle = r.CallingAeTitle ?? "",
        CalledAeTitle = r.CalledAeTitle ?? "",
        Accepted = r.Accepted,
        RejectReason = r.RejectReason,
        Outcome = r.Outcome.Kind.ToString(),
        OutcomeDescription = r.Outcome.Description,
        ProposedAbstractSyntaxes = string.Join('\n', r.ProposedAbstractSyntaxes.Distinct().Select(Describe)),
        AcceptedContexts = string.Join('\n', r.AcceptedContexts.Select(c => $"{c.Id}: {Describe(c.AbstractSyntax)} / {c.TransferSyntax.Name}")),
        Operations = string.Join('\n', r.Operations.Select(o => string.Create(CultureInfo.InvariantCulture,
            $"{o.Started:HH:mm:ss.fff} {o.Operation} {Describe(o.SopClassUid)} {o.SopInstanceUid} -> {o.Status} {o.Status.Describe(o.Operation)}{(o.ErrorComment is null ? "" : ": " + o.ErrorComment)}"))),
        OperationCount = r.Operations.Count,
        FailedOperationCount = r.Operations.Count(o => o.Status.IsFailure),
        BytesReceived = r.BytesReceived,
        BytesSent = r.BytesSent,
    };

    private static string Describe(string? uid) =>
        uid is null ? "" : DicomDictionary.TryGetUid(uid, out var entry) ? $"{entry.Name} ({uid})" : uid;
}
