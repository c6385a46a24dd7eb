namespace PacsLab.Pacs.Reconcile;

/// <summary>The sentences reconcile findings and fixes use, so a PACS administrator reads what happened and what it means.</summary>
internal static class ReconcileText
{
    public static string Count(int count, string singular, string? plural = null) =>
        count == 1 ? $"1 {singular}" : $"{count} {plural ?? singular + "s"}";

    /// <summary>An archive file's path as the administrator finds it under the data directory.</summary>
    public static string Archive(string relativePath) => "archive/" + relativePath.Replace('\\', '/');

    public static string Incoming(string fileName) => "incoming/" + fileName;

    /// <summary>The path relative to the archive root of a finding's <see cref="Archive"/> path.</summary>
    public static string FromArchive(string shownPath) => shownPath["archive/".Length..].Replace('/', System.IO.Path.DirectorySeparatorChar);

    /// <summary>The file name of a finding's <see cref="Incoming"/> path.</summary>
    public static string FromIncoming(string shownPath) => shownPath["incoming/".Length..];

    public static string Missing(string uid, string path) =>
        $"index row for instance {uid} points to {path}, which does not exist: the image is lost unless a modality resends it " +
        "or the file is restored from a backup; a repair drops the row";

    public static string MissingMoved(string uid, string path, string movedTo) =>
        $"index row for instance {uid} points to {path}, which does not exist, but {movedTo} holds the same instance: " +
        "the file was probably moved; a repair points the row at it";

    public static string SizeMismatch(string uid, string path, long actual, long recorded) =>
        $"instance {uid}: {path} is {actual} bytes but the index recorded {recorded} when it was stored: the file was truncated " +
        "or changed outside the PACS, so the image may be damaged; restore it from a backup or have the modality resend it";

    public static string HashMismatch(string uid, string path) =>
        $"instance {uid}: the data set in {path} no longer matches the content hash (SHA-256) the index recorded, though the size does: " +
        "the file was altered outside the PACS; restore it from a backup or have the modality resend it";

    public static string NoPart10Header(string uid, string path, string reason) =>
        $"instance {uid}: {path} no longer starts with a DICOM Part 10 header ({reason}): the file was overwritten outside the PACS; " +
        "restore it from a backup or have the modality resend it";

    public static string CannotRead(string? uid, string path, string reason) =>
        (uid is null ? $"{path} cannot be read ({reason})" : $"instance {uid}: {path} cannot be read ({reason})") +
        ": check the file's permissions and the disk";

    public static string Orphan(ArchivedFile file) =>
        $"{Archive(file.RelativePath)} holds instance {file.Attributes.SopInstanceUid} (patient '{file.Attributes.PatientId}', study " +
        $"{file.Attributes.StudyInstanceUid}), but no index row refers to it: queries and retrieves cannot find it; a repair indexes it";

    public static string OrphanCopy(ArchivedFile file, string indexedPath) =>
        $"{Archive(file.RelativePath)} holds instance {file.Attributes.SopInstanceUid}, which the index keeps in {Archive(indexedPath)}: " +
        "a stray second copy, not indexed; compare the two and remove the one you do not want";

    public static string OrphanMovedHere(ArchivedFile file, string indexedPath) =>
        $"{Archive(file.RelativePath)} holds instance {file.Attributes.SopInstanceUid}, whose indexed file {Archive(indexedPath)} is missing: " +
        "the file was probably moved here; a repair points the index row at it";

    public static string OrphanUnreadable(string path, string reason) =>
        $"{path} is in the archive but no index row refers to it, and it cannot be read as DICOM ({reason}): " +
        "the PACS cannot serve it; move it out of the archive folder";

    public static string Leftover(string fileName) =>
        $"{Incoming(fileName)} is left over from a transfer that never completed (a crash or an aborted association): " +
        "nothing refers to it; a repair deletes it";

    public static string Unreadable(string path, string reason) =>
        $"{path} cannot be read as DICOM ({reason}); it was left out of the index: move it out of the archive folder";
}
