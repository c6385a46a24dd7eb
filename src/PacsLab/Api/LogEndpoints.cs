using PacsLab.Pacs.Index;
using PacsLab.Pacs.Logs;

namespace PacsLab.Api;

/// <summary>The association log (who connected, what was refused and why) and the audit log (who changed what).</summary>
public static class LogEndpoints
{
    public static void Map(RouteGroupBuilder pacs)
    {
        pacs.MapGet("/association-log", AssociationsAsync).WithTags("Logs").WithName("AssociationLog");
        pacs.MapGet("/audit-log", AuditAsync).WithTags("Logs").WithName("AuditLog");
    }

    private static async Task<IReadOnlyList<AssociationLogRecord>> AssociationsAsync(PacsLogReader logs, string? callingAeTitle, string? calledAeTitle,
        string? peerAddress, bool? accepted, bool? withFailures, DateTimeOffset? since, DateTimeOffset? until, int? limit, CancellationToken cancellationToken) =>
        await logs.AssociationsAsync(new AssociationLogFilter
        {
            CallingAeTitle = callingAeTitle, CalledAeTitle = calledAeTitle, PeerAddress = peerAddress, Accepted = accepted,
            WithFailures = withFailures, Since = since, Until = until, Limit = limit ?? 100,
        }, cancellationToken);

    private static async Task<IReadOnlyList<AuditRecord>> AuditAsync(PacsLogReader logs, string? actor, string? action, string? target,
        DateTimeOffset? since, DateTimeOffset? until, int? limit, CancellationToken cancellationToken) =>
        await logs.AuditAsync(new AuditLogFilter { Actor = actor, Action = action, Target = target, Since = since, Until = until, Limit = limit ?? 100 }, cancellationToken);
}
