using System.Globalization;

namespace PacsLab.Department.Synthesis;

/// <summary>
/// The UIDs of a synthesized study. Each is a name-based UID under the 2.25 root (DicomUidGenerator.FromName) of
/// the request's identity and the item's place in the study, so the same request gets the same UIDs and two
/// requests that differ in seed, patient, accession, station or time get different ones.
/// </summary>
internal sealed class SynthesisUids
{
    private readonly string _requestKey;

    public SynthesisUids(StudyRequest request)
    {
        _requestKey = string.Join('|',
            "pacslab-synthesis-v1",
            request.Seed.ToString(CultureInfo.InvariantCulture),
            request.Modality,
            request.Patient.PatientId,
            request.AccessionNumber,
            request.StationAeTitle,
            request.AcquiredAt.ToString("O", CultureInfo.InvariantCulture),
            request.StudyInstanceUid ?? "");
        Study = string.IsNullOrWhiteSpace(request.StudyInstanceUid) ? Named("study") : request.StudyInstanceUid.Trim();
    }

    public string Study { get; }

    public string Series(int seriesNumber) => Named($"series/{seriesNumber}");

    public string Instance(int seriesNumber, int instanceNumber) => Named($"instance/{seriesNumber}/{instanceNumber}");

    public string FrameOfReference(int number) => Named($"frame-of-reference/{number}");

    private string Named(string item) => Dicom.DicomUidGenerator.FromName(_requestKey + "|" + item);
}
