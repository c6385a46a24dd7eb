using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PacsLab.Pacs.Index;

namespace PacsLab.Pacs.Network;

/// <summary>
/// The AE table and the association checks: read by every association (from an in-memory snapshot), changed by an
/// administrator through the REST API or the CLI. Every change is audited with the state before and after.
/// </summary>
public sealed partial class AeDirectory(IDbContextFactory<PacsIndexContext> contexts, TimeProvider time)
{
    private readonly SemaphoreSlim _changeLock = new(1, 1);
    private AeTableSnapshot _snapshot = new(new PacsSettingsRecord(), []);

    public AeTableSnapshot Snapshot => Volatile.Read(ref _snapshot);

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await ReloadAsync(db, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds the AE or replaces the row with the same title.</summary>
    public async Task<RemoteAeRecord> SaveAsync(RemoteAeRecord ae, string actor, CancellationToken cancellationToken)
    {
        AeTitleRules.Check(ae.AeTitle);
        if (ae.Port is < 1 or > 65535) throw new ArgumentException($"port {ae.Port} is not a TCP port (1-65535)", nameof(ae));
        if (string.IsNullOrWhiteSpace(ae.Host)) throw new ArgumentException("the host is empty; give an address or a name", nameof(ae));
        return await ChangeAsync(actor, async db =>
        {
            var title = ae.AeTitle.Trim();
            var row = await db.RemoteAes.SingleOrDefaultAsync(a => a.AeTitle == title, cancellationToken).ConfigureAwait(false);
            var before = row is null ? "" : Describe(row);
            if (row is null)
            {
                row = new RemoteAeRecord { AeTitle = title, Host = ae.Host };
                db.RemoteAes.Add(row);
            }
            row.Host = ae.Host.Trim();
            row.Port = ae.Port;
            row.Description = ae.Description;
            row.MayStore = ae.MayStore;
            row.MayQuery = ae.MayQuery;
            row.MayRetrieve = ae.MayRetrieve;
            row.IsMoveDestination = ae.IsMoveDestination;
            db.AuditLog.Add(Audit(actor, before.Length == 0 ? "ae-added" : "ae-changed", $"AE {title}", before, Describe(row),
                $"AE table entry {title} {(before.Length == 0 ? "added" : "changed")}: {row.Host}:{row.Port}"));
            return row;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes the AE; false when there was none with that title.</summary>
    public async Task<bool> RemoveAsync(string aeTitle, string actor, CancellationToken cancellationToken) =>
        await ChangeAsync(actor, async db =>
        {
            var row = await db.RemoteAes.SingleOrDefaultAsync(a => a.AeTitle == aeTitle.Trim(), cancellationToken).ConfigureAwait(false);
            if (row is null) return false;
            db.RemoteAes.Remove(row);
            db.AuditLog.Add(Audit(actor, "ae-removed", $"AE {row.AeTitle}", Describe(row), "", $"AE table entry {row.AeTitle} removed"));
            return true;
        }, cancellationToken).ConfigureAwait(false);

    public async Task<PacsSettingsRecord> UpdateSettingsAsync(bool? checkCalledAeTitle, bool? checkCallingAeTitle, bool? checkPeerHost,
        string actor, CancellationToken cancellationToken) =>
        await ChangeAsync(actor, async db =>
        {
            var row = await db.Settings.SingleAsync(cancellationToken).ConfigureAwait(false);
            var before = Describe(row);
            row.CheckCalledAeTitle = checkCalledAeTitle ?? row.CheckCalledAeTitle;
            row.CheckCallingAeTitle = checkCallingAeTitle ?? row.CheckCallingAeTitle;
            row.CheckPeerHost = checkPeerHost ?? row.CheckPeerHost;
            db.AuditLog.Add(Audit(actor, "association-checks-changed", "association checks", before, Describe(row),
                $"Association checks now: called AE {OnOff(row.CheckCalledAeTitle)}, calling AE {OnOff(row.CheckCallingAeTitle)}, peer host {OnOff(row.CheckPeerHost)}"));
            return row;
        }, cancellationToken).ConfigureAwait(false);

    private async Task<T> ChangeAsync<T>(string actor, Func<PacsIndexContext, Task<T>> change, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        await _changeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            var result = await change(db).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await ReloadAsync(db, cancellationToken).ConfigureAwait(false);
            return result;
        }
        finally
        {
            _changeLock.Release();
        }
    }

    private async Task ReloadAsync(PacsIndexContext db, CancellationToken cancellationToken)
    {
        var settings = await db.Settings.AsNoTracking().SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? new PacsSettingsRecord();
        var aes = await db.RemoteAes.AsNoTracking().OrderBy(a => a.AeTitle).ToListAsync(cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref _snapshot, new AeTableSnapshot(settings, aes));
    }

    private AuditRecord Audit(string actor, string action, string target, string before, string after, string summary) => new()
    {
        At = time.GetUtcNow(), Actor = actor, Action = action, Target = target, Before = before, After = after, Summary = summary,
    };

    private static string Describe(RemoteAeRecord r) => JsonSerializer.Serialize(new
    {
        r.AeTitle, r.Host, r.Port, r.Description, r.MayStore, r.MayQuery, r.MayRetrieve, r.IsMoveDestination,
    });

    private static string Describe(PacsSettingsRecord s) => JsonSerializer.Serialize(new { s.CheckCalledAeTitle, s.CheckCallingAeTitle, s.CheckPeerHost });

    private static string OnOff(bool on) => on ? "on" : "off";
}
