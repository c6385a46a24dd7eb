using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Win32.SafeHandles;
using PacsLab.Pacs.Index;

namespace PacsLab.Pacs.Storage;

/// <summary>
/// Crash recovery for files placed in the archive before their index commit. Before a file is moved into the
/// archive its name is appended to one small journal file and made durable (fdatasync of an overwrite in place: no
/// new inode, no directory sync); when no placement is in flight the next record starts again at offset 0 under a
/// new generation number. A crash leaves the in-flight names in the journal, and the next start deletes each such
/// file that no index row refers to (it was never acknowledged, so nothing is lost), leaving archive and index in
/// agreement. Files the PACS did not place itself are never touched here: finding those is reconcile's job.
/// </summary>
/// <remarks>
/// Record: "PLJ1", generation (u32), payload length (u32), first 8 bytes of SHA-256 over generation, length and
/// payload, then the payload (UTF-8 relative paths, '\n' between). Recovery reads records from offset 0 while they
/// are whole and of the first record's generation, so a torn record or a longer older one behind it ends the read.
/// </remarks>
public sealed class PlacementJournal(InstanceArchive archive) : IDisposable
{
    private const int HeaderSize = 20;
    private static ReadOnlySpan<byte> Magic => "PLJ1"u8;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _inFlight = new(StringComparer.Ordinal);
    private SafeFileHandle? _file;
    private long _offset;
    private uint _generation;

    /// <summary>Records that <paramref name="relativePaths"/> are about to be placed or replaced; dispose once the index says which stay.</summary>
    public IDisposable Begin(IReadOnlyCollection<string> relativePaths)
    {
        lock (_gate)
        {
            var file = _file ??= Open();
            var record = Encode(_generation, relativePaths);
            RandomAccess.Write(file, record, _offset);
            FileDurability.SyncData(file);
            _offset += record.Length;
            foreach (var path in relativePaths) _inFlight[path] = _inFlight.GetValueOrDefault(path) + 1;
        }
        return new Placement(this, relativePaths);
    }

    /// <summary>At start-up, before incoming/ is cleared: removes journaled files the index does not know. Returns how many.</summary>
    public async Task<int> RecoverAsync(IDbContextFactory<PacsIndexContext> contexts, CancellationToken cancellationToken)
    {
        var paths = ReadJournaledPaths(archive.PlacementJournalPath);
        if (paths.Count == 0) return 0;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var removed = 0;
        foreach (var relative in paths)
        {
            var indexed = await db.Instances.AnyAsync(i => i.FilePath == relative, cancellationToken).ConfigureAwait(false);
            if (!indexed && File.Exists(archive.FullPath(relative)))
            {
                archive.DeleteFile(relative);
                removed++;
            }
        }
        return removed;
    }

    public void Dispose()
    {
        lock (_gate) _file?.Dispose();
    }

    private void End(IReadOnlyCollection<string> relativePaths)
    {
        lock (_gate)
        {
            foreach (var path in relativePaths)
                if (_inFlight.TryGetValue(path, out var count) && count > 1) _inFlight[path] = count - 1;
                else _inFlight.Remove(path);
            if (_inFlight.Count > 0) return;
            // Nothing in flight: what the journal holds is settled, so the next record may overwrite it.
            _generation++;
            _offset = 0;
        }
    }

    private SafeFileHandle Open()
    {
        var path = archive.PlacementJournalPath;
        var existed = File.Exists(path);
        var file = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite);
        if (!existed) FileDurability.SyncDirectory(Path.GetDirectoryName(path)!);
        // A generation the file cannot already hold from the start, so old records never pass for new ones.
        var first = new byte[HeaderSize];
        var read = RandomAccess.Read(file, first, 0);
        _generation = read == HeaderSize && first.AsSpan(0, 4).SequenceEqual(Magic) ? BinaryPrimitives.ReadUInt32LittleEndian(first.AsSpan(4)) + 1 : 1;
        return file;
    }

    private static byte[] Encode(uint generation, IReadOnlyCollection<string> relativePaths)
    {
        var payload = Encoding.UTF8.GetBytes(string.Join('\n', relativePaths));
        var record = new byte[HeaderSize + payload.Length];
        Magic.CopyTo(record);
        BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(4), generation);
        BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(8), (uint)payload.Length);
        payload.CopyTo(record.AsSpan(HeaderSize));
        Checksum(record).CopyTo(record.AsSpan(12));
        return record;
    }

    private static byte[] Checksum(ReadOnlySpan<byte> record)
    {
        var covered = new byte[8 + record.Length - HeaderSize];
        record.Slice(4, 8).CopyTo(covered);
        record[HeaderSize..].CopyTo(covered.AsSpan(8));
        return SHA256.HashData(covered)[..8];
    }

    internal static IReadOnlyList<string> ReadJournaledPaths(string journalPath)
    {
        if (!File.Exists(journalPath)) return [];
        var bytes = File.ReadAllBytes(journalPath);
        var paths = new List<string>();
        uint? generation = null;
        var offset = 0;
        while (offset + HeaderSize <= bytes.Length)
        {
            var header = bytes.AsSpan(offset, HeaderSize);
            var recordGeneration = BinaryPrimitives.ReadUInt32LittleEndian(header[4..]);
            var length = BinaryPrimitives.ReadUInt32LittleEndian(header[8..]);
            if (!header[..4].SequenceEqual(Magic) || length > bytes.Length - offset - HeaderSize) break;
            if (generation is { } g && g != recordGeneration) break;
            var record = bytes.AsSpan(offset, HeaderSize + (int)length);
            if (!Checksum(record).AsSpan().SequenceEqual(header.Slice(12, 8))) break;
            generation = recordGeneration;
            paths.AddRange(Encoding.UTF8.GetString(record[HeaderSize..]).Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(ArchivePaths.IsArchivePath));
            offset += record.Length;
        }
        return paths.Distinct(StringComparer.Ordinal).ToList();
    }

    private sealed class Placement(PlacementJournal journal, IReadOnlyCollection<string> relativePaths) : IDisposable
    {
        private int _ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0) journal.End(relativePaths);
        }
    }
}
