using Microsoft.EntityFrameworkCore;
using PacsLab.Pacs.Storage;
using PacsLab.Pacs.Tests.Support;

namespace PacsLab.Pacs.Tests.Storage;

public sealed class PlacementJournalTests
{
    [Fact]
    public async Task Recover_AfterACrashBetweenPlacementAndIndexCommit_RemovesOnlyTheUnindexedFile()
    {
        await using var bed = await PacsTestBed.CreateAsync();
        await bed.StoreAsync(new TestInstance());
        var kept = Assert.Single(bed.ArchivedFiles());
        var staged = await bed.StageAsync(new TestInstance { SopUid = "1.2.826.0.1.3680043.10.1.1.1.2" });
        var orphan = ArchivePaths.For("1.2.826.0.1.3680043.10.1.1.1.2", new string('e', 64));

        // What a store does up to the index commit, then "crashes": the placement is never completed.
        _ = bed.Journal.Begin([orphan, kept]);
        bed.Archive.CommitFile(staged.Path, orphan);
        Assert.Equal(2, bed.ArchivedFiles().Count);

        var removed = await bed.Journal.RecoverAsync(bed.Contexts, CancellationToken.None);

        Assert.Equal(1, removed);
        Assert.Equal([kept], bed.ArchivedFiles());
        Assert.Empty(bed.IncomingFiles());
        Assert.Equal(1, await bed.QueryAsync(db => db.Instances.CountAsync()));
    }

    [Fact]
    public async Task Store_CompletedNormally_LeavesNoMarker()
    {
        await using var bed = await PacsTestBed.CreateAsync(new PacsOptions { DuplicatePolicy = DuplicatePolicy.Overwrite });
        await bed.StoreAsync(new TestInstance { PixelFill = 1 });
        await bed.StoreAsync(new TestInstance { PixelFill = 2 });

        Assert.Empty(bed.IncomingFiles());
        Assert.Equal(0, await bed.Journal.RecoverAsync(bed.Contexts, CancellationToken.None));
        Assert.Single(bed.ArchivedFiles());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Recover_ARewriteInterruptedBeforeOrAfterItsCommit_KeepsOnlyTheFileTheIndexNames(bool committed)
    {
        await using var bed = await PacsTestBed.CreateAsync();
        await bed.StoreAsync(new TestInstance());
        var old = Assert.Single(bed.ArchivedFiles());
        var staged = await bed.StageAsync(new TestInstance { PixelFill = 9 });
        var rewritten = ArchivePaths.For(new TestInstance().SopUid, new string('f', 64));

        // A correction's rewrite: both names marked, the new file placed; then the process "dies" before or after the commit.
        _ = bed.Journal.Begin([rewritten, old]);
        bed.Archive.CommitFile(staged.Path, rewritten);
        if (committed)
            await bed.QueryAsync(db => db.Instances.ExecuteUpdateAsync(i => i.SetProperty(x => x.FilePath, rewritten)));

        await bed.Journal.RecoverAsync(bed.Contexts, CancellationToken.None);

        Assert.Equal([committed ? rewritten : old], bed.ArchivedFiles());
        Assert.Empty(bed.IncomingFiles());
    }
}
