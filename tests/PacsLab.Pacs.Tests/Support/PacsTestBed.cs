using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PacsLab.Dicom;
using PacsLab.Pacs.Index;
using PacsLab.Pacs.Network;
using PacsLab.Pacs.Storage;
using PacsLab.Pacs.Store;
using PacsLab.TestKit;

namespace PacsLab.Pacs.Tests.Support;

/// <summary>A PACS's index, archive and services on a temp data directory, without the network.</summary>
public sealed class PacsTestBed : IAsyncDisposable
{
    private readonly TempDirectory _folder = new();

    private PacsTestBed(PacsOptions options, FailingSaveInterceptor failures)
    {
        Options = options;
        Options.DataDirectory = _folder.Path;
        Failures = failures;
        var builder = new DbContextOptionsBuilder<PacsIndexContext>();
        PacsDatabase.Configure(builder, Options);
        builder.AddInterceptors(failures);
        Contexts = new PooledDbContextFactory<PacsIndexContext>(builder.Options);
        Archive = new InstanceArchive(_folder.Path);
        Directory = new AeDirectory(Contexts, TimeProvider.System);
        WriteLock = new IndexWriteLock();
        Usage = new ArchiveUsage();
        Journal = new PlacementJournal(Archive);
        Store = new InstanceStoreService(Contexts, Archive, WriteLock, Usage, Journal, Microsoft.Extensions.Options.Options.Create(Options), TimeProvider.System, NullLogger<InstanceStoreService>.Instance);
    }

    public PacsOptions Options { get; }
    public FailingSaveInterceptor Failures { get; }
    public IDbContextFactory<PacsIndexContext> Contexts { get; }
    public InstanceArchive Archive { get; }
    public AeDirectory Directory { get; }
    public IndexWriteLock WriteLock { get; }
    public ArchiveUsage Usage { get; }
    public PlacementJournal Journal { get; }
    public InstanceStoreService Store { get; }
    public string DataDirectory => _folder.Path;

    public static async Task<PacsTestBed> CreateAsync(PacsOptions? options = null)
    {
        var bed = new PacsTestBed(options ?? new PacsOptions(), new FailingSaveInterceptor());
        await PacsIndexInitializer.InitializeAsync(bed.Contexts, bed.Options, TimeProvider.System, CancellationToken.None);
        await bed.Directory.LoadAsync(CancellationToken.None);
        return bed;
    }

    /// <summary>Writes the instance as the network layer would spool it (a Part 10 file in incoming/) and returns it staged.</summary>
    public async Task<StagedInstance> StageAsync(TestInstance instance, string callingAe = "CT_ROOM1", string? commandSopUid = null,
        DicomTransferSyntax? syntax = null)
    {
        var ts = syntax ?? DicomTransferSyntax.ExplicitVRLittleEndian;
        var path = Archive.NewIncomingPath();
        var file = DicomFile.Create(instance.ToDataset(), ts, callingAe);
        await file.SaveAsync(path);
        using var header = new MemoryStream();
        await new DicomFile(file.FileMetaInformation, new DicomDataset()).WriteAsync(header);
        return new StagedInstance(path, header.Length, ts, instance.SopClassUid, commandSopUid ?? instance.SopUid, callingAe);
    }

    public async Task<StoreOutcome> StoreAsync(TestInstance instance, string callingAe = "CT_ROOM1") =>
        await Store.StoreAsync(await StageAsync(instance, callingAe), CancellationToken.None);

    public async Task<T> QueryAsync<T>(Func<PacsIndexContext, Task<T>> query)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await query(db);
    }

    public IReadOnlyList<string> ArchivedFiles() => Archive.EnumerateFiles().ToList();
    public IReadOnlyList<string> IncomingFiles() => System.IO.Directory.EnumerateFiles(Archive.Incoming).ToList();

    public ValueTask DisposeAsync()
    {
        // This database's pool only: ClearAllPools would close connections of tests running in parallel.
        Microsoft.Data.Sqlite.SqliteConnection.ClearPool(new Microsoft.Data.Sqlite.SqliteConnection(PacsDatabase.SqliteConnectionString(Options)));
        Journal.Dispose();
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }
}
