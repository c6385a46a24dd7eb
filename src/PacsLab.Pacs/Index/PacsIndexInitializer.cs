using Microsoft.EntityFrameworkCore;
using PacsLab.Pacs.Network;

namespace PacsLab.Pacs.Index;

/// <summary>Brings the index up to date at start-up; on first start seeds the association checks and AE table from configuration.</summary>
public static class PacsIndexInitializer
{
    public static async Task InitializeAsync(IDbContextFactory<PacsIndexContext> contexts, PacsOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.ResolveDataDirectory());
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await PacsDatabase.MigrateAsync(db, cancellationToken).ConfigureAwait(false);
        if (await db.Settings.AnyAsync(cancellationToken).ConfigureAwait(false)) return;

        db.Settings.Add(new PacsSettingsRecord
        {
            CheckCalledAeTitle = options.CheckCalledAeTitle,
            CheckCallingAeTitle = options.CheckCallingAeTitle,
            CheckPeerHost = options.CheckPeerHost,
        });
        foreach (var ae in options.KnownAes)
        {
            AeTitleRules.Check(ae.AeTitle);
            db.RemoteAes.Add(new RemoteAeRecord
            {
                AeTitle = ae.AeTitle.Trim(), Host = ae.Host, Port = ae.Port, Description = ae.Description,
                MayStore = ae.MayStore, MayQuery = ae.MayQuery, MayRetrieve = ae.MayRetrieve, IsMoveDestination = ae.IsMoveDestination,
            });
        }
        db.AuditLog.Add(new AuditRecord
        {
            At = time.GetUtcNow(), Actor = "configuration", Action = "index-created", Target = "PACS index",
            Summary = $"New index; association checks and {options.KnownAes.Count} AE table entries taken from configuration.",
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
