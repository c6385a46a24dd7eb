using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace PacsLab.Pacs.Storage;

/// <summary>
/// Makes writes survive a crash: a file's bytes with fsync, and a rename or create with an fsync of its directory
/// (on Linux a new directory entry is only durable once the directory itself is synced).
/// </summary>
internal static partial class FileDurability
{
    public static void SyncFile(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        file.Flush(flushToDisk: true);
    }

    /// <summary>fdatasync: the file's bytes (and its size if it changed), without metadata such as mtime.</summary>
    public static void SyncData(SafeFileHandle file)
    {
        if (!OperatingSystem.IsLinux())
        {
            RandomAccess.FlushToDisk(file);
            return;
        }
        if (Fdatasync((int)file.DangerousGetHandle()) != 0)
            throw new IOException($"fdatasync failed (errno {Marshal.GetLastPInvokeError()})");
    }

    public static void SyncDirectory(string directory)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return;
        var fd = Open(directory, 0);
        if (fd < 0) throw new IOException($"cannot open directory {directory} to make its entries durable (errno {Marshal.GetLastPInvokeError()})");
        try
        {
            if (Fsync(fd) != 0) throw new IOException($"fsync of directory {directory} failed (errno {Marshal.GetLastPInvokeError()})");
        }
        finally
        {
            _ = Close(fd);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int fd);

    [LibraryImport("libc", EntryPoint = "fdatasync", SetLastError = true)]
    private static partial int Fdatasync(int fd);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);
}
