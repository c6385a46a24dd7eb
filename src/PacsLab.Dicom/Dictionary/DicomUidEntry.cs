namespace PacsLab.Dicom;

/// <summary>One UID of the PS3.6 registry: SOP class, transfer syntax, well-known instance, coding scheme ...</summary>
public sealed record DicomUidEntry(string Uid, string Keyword, string Name, string Type, bool IsRetired);
