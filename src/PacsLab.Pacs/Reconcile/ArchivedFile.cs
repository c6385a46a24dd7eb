using PacsLab.Pacs.Store;

namespace PacsLab.Pacs.Reconcile;

/// <summary>An archived file as read back for indexing: its attributes and the measures a store records.</summary>
internal sealed record ArchivedFile(
    string RelativePath,
    IndexedAttributes Attributes,
    string TransferSyntaxUid,
    long DataSetOffset,
    long SizeBytes,
    string ContentHash,
    string SourceAeTitle,
    DateTimeOffset WrittenAt);
