namespace PacsLab.Pacs.Reconcile;

/// <summary>What kind of disagreement between the index and the archive's files a finding reports.</summary>
public enum ReconcileFindingKind
{
    /// <summary>An index row whose file is not in the archive.</summary>
    MissingFile,

    /// <summary>A file in the archive that no index row refers to.</summary>
    OrphanFile,

    /// <summary>A file whose size differs from the size its index row recorded.</summary>
    SizeMismatch,

    /// <summary>A file of the recorded size whose data set bytes no longer give the recorded content hash.</summary>
    HashMismatch,

    /// <summary>A file left in incoming/ by a transfer that never completed.</summary>
    IncomingLeftover,

    /// <summary>A file that cannot be read at all (permissions, not DICOM).</summary>
    UnreadableFile,

    /// <summary>A readable file the index cannot take (a second copy of an instance, a series filed under two studies ...).</summary>
    NotIndexable,
}
