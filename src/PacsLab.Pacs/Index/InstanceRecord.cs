namespace PacsLab.Pacs.Index;

/// <summary>One stored instance: the image-level keys of PS3.4 C.6.1.1.5 and where its file is.</summary>
public sealed class InstanceRecord
{
    public long Id { get; set; }
    public long SeriesKey { get; set; }
    public SeriesRecord? Series { get; set; }
    public required string SopInstanceUid { get; set; }
    public required string SopClassUid { get; set; }
    public string InstanceNumber { get; set; } = "";
    public required string TransferSyntaxUid { get; set; }

    /// <summary>Relative to the archive root; derived from a hash of the UIDs, never from their text.</summary>
    public required string FilePath { get; set; }

    public long SizeBytes { get; set; }

    /// <summary>SHA-256 of the data set bytes (after the meta group), hex: equal content means a true duplicate.</summary>
    public required string ContentHash { get; set; }

    /// <summary>The Patient ID written in this instance's file, which may differ from its study's patient after a conflict.</summary>
    public string PatientIdInFile { get; set; } = "";

    public string ReceivedFromAeTitle { get; set; } = "";
    public DateTimeOffset ReceivedAt { get; set; }
}
