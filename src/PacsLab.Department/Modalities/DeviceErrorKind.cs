namespace PacsLab.Department.Modalities;

/// <summary>What kind of failure a device met, so a status page (or a scenario check) can tell them apart.</summary>
public enum DeviceErrorKind
{
    /// <summary>TCP connection refused: nothing listens on that host and port.</summary>
    ConnectionRefused,

    /// <summary>The host is unknown, unreachable, or did not answer the TCP connection.</summary>
    Unreachable,

    /// <summary>A-ASSOCIATE-RJ from the peer.</summary>
    AssociationRejected,

    /// <summary>Connected, but the peer did not answer the association request or a DIMSE request in time.</summary>
    Timeout,

    /// <summary>The association ended (A-ABORT, connection lost) before the operation finished.</summary>
    AssociationEnded,

    /// <summary>The peer accepted the association but not the presentation context the operation needs.</summary>
    NoPresentationContext,

    /// <summary>The peer answered a DIMSE request with a failure status.</summary>
    FailureStatus,

    /// <summary>A file of the job is gone from the device's data directory.</summary>
    FileMissing,

    /// <summary>The device's own settings cannot work (e.g. destination port 0).</summary>
    NotConfigured,
}
