using Microsoft.EntityFrameworkCore;
using PacsLab.Pacs.Index;

namespace PacsLab.Pacs.Logs;

/// <summary>Reads the association and audit logs, newest first, with filters evaluated in SQL.</summary>
public sealed class PacsLogReader(IDbContextFactory<PacsIndexContext> contexts)
{
    public const int MaxLimit = 1000;

    public async Task<IReadOnlyList<AssociationLogRecord>> AssociationsAsync(AssociationLogFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = db.AssociationLog.AsNoTracking();
        if (filter.CallingAeTitle is { Length: > 0 } calling) rows = rows.Where(a => a.CallingAeTitle == calling);
        if (filter.CalledAeTitle is { Length: > 0 } called) rows = rows.Where(a => a.CalledAeTitle == called);
        if (filter.PeerAddress is { Length: > 0 } peer) rows = rows.Where(a => a.PeerAddress == peer);
        if (filter.Accepted is { } accepted) rows = rows.Where(a => a.Accepted == accepted);
        if (filter.WithFailures is true) rows = rows.Where(a => a.FailedOperationCount > 0);
        if (filter.WithFailures is false) rows = rows.Where(a => a.FailedOperationCount == 0);
        if (filter.Since is { } since) rows = rows.Where(a => a.StartedAt >= since);
        if (filter.Until is { } until) rows = rows.Where(a => a.StartedAt <= until);
        return await rows.OrderByDescending(a => a.StartedAt).ThenByDescending(a => a.Id)
            .Take(Math.Clamp(filter.Limit, 1, MaxLimit)).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AuditRecord>> AuditAsync(AuditLogFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = db.AuditLog.AsNoTracking();
        if (filter.Actor is { Length: > 0 } actor) rows = rows.Where(a => a.Actor == actor);
        if (filter.Action is { Length: > 0 } action) rows = rows.Where(a => a.Action == action);
        if (filter.Target is { Length: > 0 } target) rows = rows.Where(a => a.Target.Contains(target));
        if (filter.Since is { } since) rows = rows.Where(a => a.At >= since);
        if (filter.Until is { } until) rows = rows.Where(a => a.At <= until);
        return await rows.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Take(Math.Clamp(filter.Limit, 1, MaxLimit)).ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
