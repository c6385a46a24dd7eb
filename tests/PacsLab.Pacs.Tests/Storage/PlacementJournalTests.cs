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
    public async Task Store_CompletedNormally_LeavesNothingToUndo()
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

    [Fact]
    public async Task Recover_AfterEndedPlacements_SeesOnlyTheOneStillInFlight()
    {
        await using var bed = await PacsTestBed.CreateAsync();
        var settledLong = ArchivePaths.For("1.2.3.4.5.6.7.8.9.10.11", new string('a', 64));
        var settledOther = ArchivePaths.For("1.2.3.2", new string('b', 64));
        var inFlight = ArchivePaths.For("1.2.3.3", new string('c', 64));

        bed.Journal.Begin([settledLong, settledOther]).Dispose();
        _ = bed.Journal.Begin([inFlight]);

        // The new record overwrote the start of the settled one; what is left of it behind must not count.
        Assert.Equal([inFlight], PlacementJournal.ReadJournaledPaths(bed.Archive.PlacementJournalPath));
    }

    [Fact]
    public async Task Recover_ATornOrForeignJournal_IsIgnoredAndTouchesNothing()
    {
        await using var bed = await PacsTestBed.CreateAsync();
        await bed.StoreAsync(new TestInstance());
        var kept = Assert.Single(bed.ArchivedFiles());
        var journal = bed.Archive.PlacementJournalPath;

        _ = bed.Journal.Begin([ArchivePaths.For("1.2.3.9", new string('d', 64))]);
        var whole = await File.ReadAllBytesAsync(journal);
        await File.WriteAllBytesAsync(journal, whole[..^5]);
        Assert.Empty(PlacementJournal.ReadJournaledPaths(journal));

        await File.WriteAllTextAsync(journal, "PLJ1 ../../../etc/passwd\n" + kept);
        Assert.Equal(0, await bed.Journal.RecoverAsync(bed.Contexts, CancellationToken.None));
        Assert.Equal([kept], bed.ArchivedFiles());
    }
}
