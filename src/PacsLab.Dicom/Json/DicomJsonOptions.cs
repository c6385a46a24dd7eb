namespace PacsLab.Dicom;

/// <summary>How <see cref="DicomJsonWriter"/> writes the DICOM JSON model (PS3.18 Annex F).</summary>
public sealed record DicomJsonOptions
{
    public static readonly DicomJsonOptions Default = new();

    /// <summary>Indent the text (for people); the DICOMweb wire form is compact.</summary>
    public bool WriteIndented { get; init; }

    /// <summary>
    /// Called for each OB, OD, OF, OL, OV, OW and UN value and for encapsulated pixel data. A URI returned is written
    /// as "BulkDataURI" (PS3.18 F.2.6); null keeps the value inline as base64 "InlineBinary" (F.2.7).
    /// </summary>
    public Func<DicomItem, string?>? BulkDataUri { get; init; }
}
