using PacsLab.Dicom;

namespace PacsLab.Cli;

/// <summary>A file that reads as DICOM, with what its presentation context needs.</summary>
internal sealed record StoreCandidate(string Path, string SopClassUid, DicomTransferSyntax TransferSyntax);

/// <summary>
/// What `dicom store` found in the paths it was given: files to send, files skipped (with a note) and paths that
/// cannot be sent (with the reason), each in the order met.
/// </summary>
internal sealed record StoreFileScan(IReadOnlyList<StoreCandidate> Files, IReadOnlyList<string> Skipped, IReadOnlyList<string> Problems)
{
    // Preamble and "DICM" (PS3.10 7.1): a problem within them means the file is not DICOM at all.
    private const int HeaderBytes = 132;

    private const string MediaStorageDirectoryStorage = "1.2.840.10008.1.3.10";

    // Enough of each file for its SOP class; the whole file is read only when it is sent.
    private static readonly DicomReadOptions HeaderOnly = new() { StopBeforeTag = new DicomTag(0x0008, 0x0017) };

    /// <summary>
    /// Files named directly must be DICOM; in folders (searched recursively) anything that is not DICOM, and any
    /// DICOMDIR, is skipped with a note.
    /// </summary>
    public static async Task<StoreFileScan> ScanAsync(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        var files = new List<StoreCandidate>();
        var skipped = new List<string>();
        var problems = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0) problems.Add($"{path}: the folder holds no files.");
                foreach (var file in found) await AddAsync(file, inFolder: true).ConfigureAwait(false);
            }
            else if (File.Exists(path))
            {
                await AddAsync(path, inFolder: false).ConfigureAwait(false);
            }
            else
            {
                problems.Add($"{path}: there is no such file or folder. Check the path and the spelling.");
            }
        }
        return new StoreFileScan(files, skipped, problems);

        async Task AddAsync(string path, bool inFolder)
        {
            DicomFile header;
            try
            {
                header = await DicomFile.OpenAsync(path, HeaderOnly, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (inFolder && IsNotDicom(path, ex))
            {
                skipped.Add($"{path}: skipped, not a DICOM file.");
                return;
            }
            catch (Exception ex) when (ReadErrorMessage.For(path, ex) is { } message)
            {
                problems.Add(message);
                return;
            }
            var sopClass = header.Dataset.GetString(DicomTags.SOPClassUID) ?? header.FileMetaInformation.GetString(DicomTags.MediaStorageSOPClassUID);
            if (sopClass == MediaStorageDirectoryStorage)
                skipped.Add($"{path}: skipped, a DICOMDIR (the index of a DICOM medium, PS3.10 8.6), not an object to store.");
            else if (sopClass is not { Length: > 0 })
                problems.Add($"{path}: it has no SOP Class UID (0008,0016) and no Media Storage SOP Class UID (0002,0002), so no peer can tell what it is.");
            else
                files.Add(new StoreCandidate(path, sopClass, header.TransferSyntax));
        }
    }

    private static bool IsNotDicom(string path, Exception exception) =>
        exception is DicomFormatException { Offset: <= HeaderBytes } ||
        exception is EndOfStreamException or DicomFormatException && new FileInfo(path).Length <= HeaderBytes;
}
