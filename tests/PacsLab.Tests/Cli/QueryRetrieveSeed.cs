using PacsLab.Dicom;
using PacsLab.TestKit;

namespace PacsLab.Tests.Cli;

/// <summary>Puts small CT instances into an <see cref="ScpHarness"/> archive for the find, move and get tests.</summary>
internal static class QueryRetrieveSeed
{
    public const string CtImageStorage = "1.2.840.10008.5.1.4.1.1.2";

    /// <summary>Adds <paramref name="count"/> instances of one study; returns their SOP Instance UIDs.</summary>
    public static async Task<List<string>> AddStudyAsync(ScpHarness archive, string patientId, string studyUid, int count, string? sopInstanceUid = null)
    {
        var uids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var uid = sopInstanceUid ?? DicomUidGenerator.Generate();
            var dataset = new DicomDataset()
                .AddOrUpdate(DicomTags.SOPClassUID, DicomVR.UI, CtImageStorage)
                .AddOrUpdate(DicomTags.SOPInstanceUID, DicomVR.UI, uid)
                .AddOrUpdate(DicomTags.PatientName, DicomVR.PN, $"Query^{patientId}")
                .AddOrUpdate(DicomTags.PatientID, DicomVR.LO, patientId)
                .AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, studyUid)
                .AddOrUpdate(DicomTags.PixelData, DicomVR.OW, new byte[] { 1, 0, 2, 0 });
            await archive.AddAsync(DicomFile.Create(dataset, DicomTransferSyntax.ExplicitVRLittleEndian));
            uids.Add(uid);
        }
        return uids;
    }

    public static async Task<List<string>> StoredUidsAsync(ScpHarness scp)
    {
        var uids = new List<string>();
        foreach (var path in scp.StoredFiles) uids.Add((await DicomFile.OpenAsync(path)).Dataset.GetString(DicomTags.SOPInstanceUID) ?? "(none)");
        return uids.Order(StringComparer.Ordinal).ToList();
    }
}
