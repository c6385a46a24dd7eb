namespace PacsLab.Dicom.Network.Dimse;

/// <summary>
/// Whether a SOP class is one of the Storage Service Class (PS3.4 Annex B): a dictionary SOP class named "... Storage",
/// not Storage Commitment (an N-ACTION service) and not the DICOMDIR's Media Storage Directory Storage.
/// </summary>
public static class StorageSopClasses
{
    private const string MediaStorageDirectoryStorage = "1.2.840.10008.1.3.10";

    public static bool IsStorage(string sopClassUid) =>
        sopClassUid != MediaStorageDirectoryStorage
        && DicomDictionary.TryGetUid(sopClassUid, out var entry)
        && entry.Type == "SOP Class"
        && entry.Keyword.Contains("Storage", StringComparison.Ordinal)
        && !entry.Keyword.StartsWith("StorageCommitment", StringComparison.Ordinal);
}
