namespace PacsLab.Pacs.Storage;

/// <summary>
/// The instance files under the data directory: <c>archive/</c> for stored instances, <c>incoming/</c> for files
/// not yet committed (the network layer spools there, so moving into the archive is a rename on one file system).
/// </summary>
public sealed class InstanceArchive
{
    public InstanceArchive(string dataDirectory)
    {
        Root = Path.Combine(dataDirectory, "archive");
        Incoming = Path.Combine(dataDirectory, "incoming");
        PlacementJournalPath = Path.Combine(dataDirectory, "placement.journal");
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(Incoming);
    }

    public string Root { get; }
    public string Incoming { get; }

    /// <summary>The file <see cref="PlacementJournal"/> writes (outside incoming/, which is cleared at start).</summary>
    public string PlacementJournalPath { get; }

    public string FullPath(string relativePath) => Path.Combine(Root, relativePath);

    /// <summary>A fresh temp path in <see cref="Incoming"/> for a file about to be written.</summary>
    public string NewIncomingPath() => Path.Combine(Incoming, $"{Guid.NewGuid():N}.part");

    /// <summary>
    /// Makes <paramref name="incomingPath"/> durable and moves it to <paramref name="relativePath"/> in the archive,
    /// durable too. An existing file there is left alone (same name = same UID and content) and the temp file deleted.
    /// </summary>
    public void CommitFile(string incomingPath, string relativePath)
    {
        var target = FullPath(relativePath);
        var directory = Path.GetDirectoryName(target)!;
        if (File.Exists(target))
        {
            File.Delete(incomingPath);
            return;
        }
        FileDurability.SyncFile(incomingPath);
        if (!Directory.Exists(directory)) CreateDurably(directory);
        File.Move(incomingPath, target);
        FileDurability.SyncDirectory(directory);
    }

    /// <summary>Creates <paramref name="directory"/> (and missing parents up to the root), each durable in its parent.</summary>
    private void CreateDurably(string directory)
    {
        var missing = new Stack<string>();
        for (var d = directory; !Directory.Exists(d) && d.Length > Root.Length; d = Path.GetDirectoryName(d)!) missing.Push(d);
        while (missing.TryPop(out var d))
        {
            Directory.CreateDirectory(d);
            FileDurability.SyncDirectory(Path.GetDirectoryName(d)!);
        }
    }

    /// <summary>Removes an archived file; a missing file is not an error (a failed commit may not have placed it).</summary>
    public void DeleteFile(string relativePath)
    {
        var path = FullPath(relativePath);
        if (File.Exists(path)) File.Delete(path);
    }

    /// <summary>Leftovers of stores that never committed (a crash mid-transfer): nothing refers to them.</summary>
    public int ClearIncoming()
    {
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(Incoming))
        {
            File.Delete(file);
            count++;
        }
        return count;
    }

    /// <summary>Every archived file, relative to the root.</summary>
    public IEnumerable<string> EnumerateFiles() =>
        Directory.EnumerateFiles(Root, "*.dcm", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Root, f));
}
