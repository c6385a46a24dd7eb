namespace PacsLab.Pacs;

/// <summary>The PACS's configuration (section "Pacs"): identity, where its state lives, and its policies.</summary>
public sealed class PacsOptions
{
    public const string Section = "Pacs";

    public string AeTitle { get; set; } = "PACSLAB";

    /// <summary>Where the DICOM listener binds; 127.0.0.1 keeps the lab on this machine.</summary>
    public string ListenAddress { get; set; } = "127.0.0.1";

    /// <summary>The DICOM port; 0 picks a free one (tests), reported by <c>PacsDicomService.Ready</c>.</summary>
    public int DicomPort { get; set; } = 11112;

    /// <summary>Associations served at once; one more is refused with A-ASSOCIATE-RJ 2/3/2 (local limit exceeded).</summary>
    public int MaxAssociations { get; set; } = 20;

    /// <summary>All state: the archive, the index database, the spool. Relative paths are under the current directory.</summary>
    public string DataDirectory { get; set; } = "pacslab-data";

    public PacsDatabaseOptions Database { get; set; } = new();

    /// <summary>Archive size limit in bytes; 0 means none. A store that would pass it is refused with 0xA700.</summary>
    public long StorageQuotaBytes { get; set; }

    public DuplicatePolicy DuplicatePolicy { get; set; } = DuplicatePolicy.KeepExisting;

    /// <summary>The most C-FIND matches returned per query (0: no limit); more are cut off with a warning in the log.</summary>
    public int FindResultLimit { get; set; } = 1000;

    /// <summary>Association log entries older than this are pruned.</summary>
    public TimeSpan AssociationLogRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Initial association checks; once the index exists, its settings row is what counts.</summary>
    public bool CheckCalledAeTitle { get; set; } = true;
    public bool CheckCallingAeTitle { get; set; } = true;
    public bool CheckPeerHost { get; set; }

    /// <summary>AE table rows created on first start (an empty index).</summary>
    public List<RemoteAeOptions> KnownAes { get; set; } = [];

    public string ResolveDataDirectory() => Path.GetFullPath(DataDirectory);
}

/// <summary>What to do when an instance arrives whose SOP Instance UID is already stored with different content.</summary>
public enum DuplicatePolicy
{
    /// <summary>Keep the stored copy, answer success (Orthanc's default) and write an audit record.</summary>
    KeepExisting,

    /// <summary>
    /// Replace the stored copy with the new one, once the new one is durable; the index rows for it (patient, study,
    /// series, and where it is filed) follow the new copy in the same transaction.
    /// </summary>
    Overwrite,
}

public sealed class PacsDatabaseOptions
{
    /// <summary>"Sqlite" (the default). A server database is a new provider name here, not a code change elsewhere.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Empty: <c>index.db</c> in the data directory.</summary>
    public string ConnectionString { get; set; } = "";
}

public sealed class RemoteAeOptions
{
    public string AeTitle { get; set; } = "";
    public string Host { get; set; } = "127.0.0.1";
    public int Port { get; set; } = 104;
    public string Description { get; set; } = "";
    public bool MayStore { get; set; } = true;
    public bool MayQuery { get; set; } = true;
    public bool MayRetrieve { get; set; } = true;
    public bool IsMoveDestination { get; set; }
}
