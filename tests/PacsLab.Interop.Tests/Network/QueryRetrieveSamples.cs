using PacsLab.Dicom;
using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Interop.Tests.Network;

/// <summary>Studies to query and retrieve, the identifiers that ask for them, and the contexts PacsLab's SCU proposes for Q/R.</summary>
public static class QueryRetrieveSamples
{
    // PS3.4 Annex C.6 information models
    public const string PatientRootFind = "1.2.840.10008.5.1.4.1.2.1.1";
    public const string StudyRootFind = "1.2.840.10008.5.1.4.1.2.2.1";
    public const string StudyRootMove = "1.2.840.10008.5.1.4.1.2.2.2";
    public const string StudyRootGet = "1.2.840.10008.5.1.4.1.2.2.3";

    public static readonly DicomTag QueryRetrieveLevel = new(0x0008, 0x0052);
    public static readonly DicomTag NumberOfStudyRelatedInstances = new(0x0020, 0x1208);

    /// <summary>A study of <paramref name="instances"/> small CT images, one series, as Explicit VR Little Endian files.</summary>
    public static IReadOnlyList<DicomFile> Study(string patientId, string patientName, int instances = 1)
    {
        var studyUid = DicomUidGenerator.Generate();
        var seriesUid = DicomUidGenerator.Generate();
        return Enumerable.Range(0, instances).Select(i =>
        {
            var dataset = NetworkSamples.Ct(patientName, size: 4, seed: i)
                .AddOrUpdate(DicomTags.PatientID, DicomVR.LO, patientId)
                .AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, studyUid)
                .AddOrUpdate(DicomTags.SeriesInstanceUID, DicomVR.UI, seriesUid);
            return DicomFile.Create(dataset, DicomTransferSyntax.ExplicitVRLittleEndian, "PACSLAB_TEST");
        }).ToList();
    }

    public static string StudyUid(IReadOnlyList<DicomFile> study) => study[0].Dataset.GetString(DicomTags.StudyInstanceUID)!;

    public static IEnumerable<string> InstanceUids(IEnumerable<DicomFile> files) =>
        files.Select(f => f.Dataset.GetString(DicomTags.SOPInstanceUID)!).Order(StringComparer.Ordinal);

    /// <summary>A STUDY level identifier: the given keys as matching values, the rest (and Patient's Name) as return keys.</summary>
    public static DicomDataset StudyKeys(string? patientId = null, string? studyUid = null, params DicomTag[] extraReturnKeys)
    {
        var keys = new DicomDataset()
            .AddOrUpdate(QueryRetrieveLevel, DicomVR.CS, "STUDY")
            .AddOrUpdate(DicomTags.PatientName, DicomVR.PN, "")
            .AddOrUpdate(DicomTags.PatientID, DicomVR.LO, patientId ?? "")
            .AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, studyUid ?? "");
        foreach (var tag in extraReturnKeys) keys.AddOrUpdate(tag, DicomDictionary.DefaultVR(tag), "");
        return keys;
    }

    /// <summary>Verification, Study Root FIND/MOVE/GET, and CT storage (sent by StoreAsync, received during a C-GET).</summary>
    public static IReadOnlyList<PresentationContextProposal> Proposals() => DicomClient.Proposals(
    [
        (DimseCommands.VerificationSopClassUid, [DicomTransferSyntax.ImplicitVRLittleEndian.Uid]),
        (StudyRootFind, [DicomTransferSyntax.ExplicitVRLittleEndian.Uid, DicomTransferSyntax.ImplicitVRLittleEndian.Uid]),
        (StudyRootMove, [DicomTransferSyntax.ExplicitVRLittleEndian.Uid, DicomTransferSyntax.ImplicitVRLittleEndian.Uid]),
        (StudyRootGet, [DicomTransferSyntax.ExplicitVRLittleEndian.Uid, DicomTransferSyntax.ImplicitVRLittleEndian.Uid]),
        (NetworkSamples.CtImageStorage, [DicomTransferSyntax.ExplicitVRLittleEndian.Uid, DicomTransferSyntax.ImplicitVRLittleEndian.Uid]),
    ]);

    /// <summary>PS3.4 C.4.3: a C-GET SCU takes the SCP role of each storage class it expects back (role selection, PS3.7 D.3.3.4).</summary>
    public static IReadOnlyList<RoleSelection> GetRoles { get; } = [new RoleSelection(NetworkSamples.CtImageStorage, ScuRole: false, ScpRole: true)];

    /// <summary>The SOP Instance UIDs of the Part 10 files in the given paths, sorted.</summary>
    public static async Task<List<string>> InstanceUidsAsync(IEnumerable<string> paths)
    {
        var uids = new List<string>();
        foreach (var path in paths)
        {
            var file = await DicomFile.OpenAsync(path, new DicomReadOptions { StopBeforeTag = DicomTags.PixelData });
            uids.Add(file.Dataset.GetString(DicomTags.SOPInstanceUID) ?? $"(no SOP Instance UID in {path})");
        }
        return uids.Order(StringComparer.Ordinal).ToList();
    }
}
