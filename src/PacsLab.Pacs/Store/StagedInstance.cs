using PacsLab.Dicom;

namespace PacsLab.Pacs.Store;

/// <summary>
/// A received instance waiting to be stored: a complete Part 10 file in the archive's incoming folder. The store
/// service takes ownership: it moves the file into the archive or deletes it.
/// </summary>
public sealed record StagedInstance(
    string Path,
    long DataSetOffset,
    DicomTransferSyntax TransferSyntax,
    string? CommandSopClassUid,
    string? CommandSopInstanceUid,
    string CallingAeTitle);
