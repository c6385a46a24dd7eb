using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PacsLab.Pacs.Index;

/// <summary>Chooses the index's database provider from configuration and prepares the database.</summary>
public static class PacsDatabase
{
    public static void Configure(DbContextOptionsBuilder builder, PacsOptions options)
    {
        switch (options.Database.Provider.ToUpperInvariant())
        {
            case "SQLITE":
                builder.UseSqlite(SqliteConnectionString(options), sqlite => sqlite.CommandTimeout(60));
                break;
            default:
                throw new InvalidOperationException(
                    $"Pacs:Database:Provider is '{options.Database.Provider}', which this build does not support. Use 'Sqlite'.");
        }
    }

    public static string SqliteConnectionString(PacsOptions options)
    {
        if (options.Database.ConnectionString.Length > 0) return options.Database.ConnectionString;
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(options.ResolveDataDirectory(), "index.db"),
            Pooling = true,
        }.ToString();
    }

    /// <summary>
    /// Applies migrations, then sets SQLite to write-ahead logging. SQLite's default synchronous mode (FULL, which
    /// IndexDatabaseTests checks) syncs every commit, so a commit is on disk before the PACS answers the C-STORE.
    /// </summary>
    public static async Task MigrateAsync(PacsIndexContext context, CancellationToken cancellationToken)
    {
        await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (context.Database.IsSqlite())
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
    }
}
