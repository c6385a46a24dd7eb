using Microsoft.EntityFrameworkCore;
using PacsLab.Pacs.Tests.Support;

namespace PacsLab.Pacs.Tests.Store;

public sealed class IndexDatabaseTests
{
    [Fact]
    public async Task Index_UsesWriteAheadLogWithFullSynchronousCommits()
    {
        await using var bed = await PacsTestBed.CreateAsync();
        var mode = await bed.QueryAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync());
        var sync = await bed.QueryAsync(db => db.Database.SqlQueryRaw<int>("PRAGMA synchronous").ToListAsync());

        Assert.Equal("wal", Assert.Single(mode));
        Assert.Equal(2, Assert.Single(sync));
    }

    [Fact]
    public async Task FirstStart_SeedsChecksAndAeTableFromConfiguration_OnceOnly()
    {
        var options = new PacsOptions
        {
            CheckCallingAeTitle = false,
            KnownAes = [new RemoteAeOptions { AeTitle = "CT_ROOM1", Host = "127.0.0.1", Port = 11113 }],
        };
        await using var bed = await PacsTestBed.CreateAsync(options);
        Assert.False(bed.Directory.Snapshot.Settings.CheckCallingAeTitle);
        Assert.Equal("CT_ROOM1", Assert.Single(bed.Directory.Snapshot.RemoteAes).AeTitle);

        options.KnownAes.Add(new RemoteAeOptions { AeTitle = "MR_3T", Host = "127.0.0.1", Port = 11114 });
        await Pacs.Index.PacsIndexInitializer.InitializeAsync(bed.Contexts, options, TimeProvider.System, CancellationToken.None);
        Assert.Equal(1, await bed.QueryAsync(db => db.RemoteAes.CountAsync()));
    }
}
