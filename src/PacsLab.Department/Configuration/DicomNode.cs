namespace PacsLab.Department.Configuration;

/// <summary>A remote DICOM application as a device reaches it: host, port and the AE title it answers to.</summary>
public sealed record DicomNode(string Host, int Port, string AeTitle)
{
    public override string ToString() => $"{AeTitle} at {Host}:{Port}";
}
