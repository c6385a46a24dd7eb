using PacsLab.Dicom;

namespace PacsLab.Department.Workstation;

/// <summary>One image the workstation holds: where its file is, what it belongs to, when and from whom it came.</summary>
internal sealed record ReceivedInstance(
    string Path,
    string SopInstanceUid,
    string StudyInstanceUid,
    string? SeriesInstanceUid,
    string? PatientName,
    string? PatientId,
    string? StudyDate,
    string? StudyDescription,
    string? Modality,
    DateTimeOffset ReceivedAt,
    string? FromAeTitle)
{
    /// <summary>Reads the identifying attributes of a received file; null when it has no SOP Instance or Study Instance UID.</summary>
    public static ReceivedInstance? From(DicomFile file, string path, DateTimeOffset receivedAt, string? fromAeTitle)
    {
        var data = file.Dataset;
        var sop = Text(data, DicomTags.SOPInstanceUID) ?? Text(file.FileMetaInformation, DicomTags.MediaStorageSOPInstanceUID);
        var study = Text(data, DicomTags.StudyInstanceUID);
        if (sop is null || study is null) return null;
        return new ReceivedInstance(path, sop, study, Text(data, DicomTags.SeriesInstanceUID), Text(data, DicomTags.PatientName),
            Text(data, DicomTags.PatientID), Text(data, DicomTags.StudyDate), Text(data, WorkstationTags.StudyDescription),
            Text(data, DicomTags.Modality), receivedAt, fromAeTitle ?? Text(file.FileMetaInformation, DicomTags.SourceApplicationEntityTitle));
    }

    private static string? Text(DicomDataset dataset, DicomTag tag) =>
        dataset.GetString(tag) is { } value && value.Trim() is { Length: > 0 } trimmed ? trimmed : null;
}
