using Microsoft.EntityFrameworkCore;
using PacsLab.Dicom;
using PacsLab.Interop.Tests.Network;
using PacsLab.Pacs;
using PacsLab.TestKit;

namespace PacsLab.Interop.Tests.Pacs;

/// <summary>
/// DCMTK's storescu fills the PACS (two patients, 2 series x 3 images each), then findscu queries it at every level
/// of both information models, with each C-FIND matching type (PS3.4 C.2.2.2): single value, universal, wildcard
/// (<c>*</c> and <c>?</c>), range and UID list. Values are read from the response files findscu writes.
/// </summary>
public sealed class DcmtkQueryToPacsTests(StoredStudiesFixture fixture) : IClassFixture<StoredStudiesFixture>, IDisposable
{
    private const string PatientRoot = "-P";
    private const string StudyRoot = "-S";

    private readonly TempDirectory _directory = new("pacslab-pacsfind");

    private PacsStudies Studies => fixture.Studies;

    [SkippableFact]
    public async Task Store_StorescuSendsTwoStudies_EveryInstanceIndexedOnDiskAndLogged()
    {
        var result = await fixture.StoreWithStorescuAsync(DcmtkNetworkTools.StoreScu());

        var responses = result.AllOutput().Split('\n').Count(l => l.Contains("Received Store Response (Success)", StringComparison.Ordinal));
        Assert.True(responses == Studies.InstanceCount, $"storescu saw {responses} successful C-STORE responses, expected {Studies.InstanceCount}:\n{result.Describe()}");
        var indexed = await fixture.Pacs.QueryAsync(db => db.Instances.AsNoTracking().ToListAsync());
        Assert.Equal(Studies.All.SelectMany(s => s.InstanceUids).Order(StringComparer.Ordinal), indexed.Select(i => i.SopInstanceUid).Order(StringComparer.Ordinal));
        Assert.All(indexed, i =>
        {
            Assert.Equal("STORESCU", i.ReceivedFromAeTitle);
            Assert.True(File.Exists(Path.Combine(fixture.Pacs.DataDirectory, "archive", i.FilePath)), $"{i.FilePath} of {i.SopInstanceUid} is not in the archive");
        });
        var association = await fixture.Pacs.AssociationAsync(a => a.CallingAeTitle == "STORESCU", "storescu's association");
        Assert.True(association.Accepted, association.RejectReason);
        Assert.Equal(Studies.InstanceCount, association.OperationCount);
        Assert.Equal(0, association.FailedOperationCount);
    }

    [SkippableFact]
    public async Task Find_PatientRootPatientLevel_WildcardName_ReturnsDoeWithCounts()
    {
        var found = await FindAsync(PatientRoot,
            "QueryRetrieveLevel=PATIENT", "PatientName=DOE*", "PatientID", "PatientBirthDate",
            "NumberOfPatientRelatedStudies", "NumberOfPatientRelatedSeries", "NumberOfPatientRelatedInstances");

        var doe = Assert.Single(found);
        Assert.Equal("PATIENT", doe.GetString(PacsTags.QueryRetrieveLevel));
        Assert.Equal("DOE^JOHN", doe.GetString(DicomTags.PatientName));
        Assert.Equal("PAT-DOE1", doe.GetString(DicomTags.PatientID));
        Assert.Equal("19700101", doe.GetString(PacsTags.PatientBirthDate));
        Assert.Equal("1", doe.GetString(PacsTags.NumberOfPatientRelatedStudies));
        Assert.Equal("2", doe.GetString(PacsTags.NumberOfPatientRelatedSeries));
        Assert.Equal("6", doe.GetString(PacsTags.NumberOfPatientRelatedInstances));
    }

    [SkippableFact]
    public async Task Find_PatientRootPatientLevel_UniversalKeys_ReturnsBothPatientsWithValues()
    {
        var found = await FindAsync(PatientRoot, "QueryRetrieveLevel=PATIENT", "PatientName", "PatientID", "PatientSex");

        Assert.Equal(["PAT-DOE1", "PAT-ROE2"], found.Values(DicomTags.PatientID));
        Assert.Equal("DOE^JOHN", found.With(DicomTags.PatientID, "PAT-DOE1").GetString(DicomTags.PatientName));
        Assert.Equal("M", found.With(DicomTags.PatientID, "PAT-DOE1").GetString(PacsTags.PatientSex));
        Assert.Equal("ROE^JANE", found.With(DicomTags.PatientID, "PAT-ROE2").GetString(DicomTags.PatientName));
        Assert.Equal("F", found.With(DicomTags.PatientID, "PAT-ROE2").GetString(PacsTags.PatientSex));
    }

    [SkippableFact]
    public async Task Find_PatientRootStudyLevel_SinglePatientId_ReturnsRoeStudyWithCounts()
    {
        var found = await FindAsync(PatientRoot,
            "QueryRetrieveLevel=STUDY", "PatientID=PAT-ROE2", "StudyInstanceUID", "StudyDate", "AccessionNumber", "StudyDescription",
            "ModalitiesInStudy", "NumberOfStudyRelatedSeries", "NumberOfStudyRelatedInstances");

        var study = Assert.Single(found);
        Assert.Equal(Studies.Roe.Uid, study.GetString(DicomTags.StudyInstanceUID));
        Assert.Equal("PAT-ROE2", study.GetString(DicomTags.PatientID));
        Assert.Equal("20251120", study.GetString(DicomTags.StudyDate));
        Assert.Equal("ACC-2025-2", study.GetString(PacsTags.AccessionNumber));
        Assert.Equal("MR HEAD", study.GetString(PacsTags.StudyDescription));
        Assert.Equal("MR", study.GetString(PacsTags.ModalitiesInStudy));
        Assert.Equal("2", study.GetString(PacsTags.NumberOfStudyRelatedSeries));
        Assert.Equal("6", study.GetString(PacsTags.NumberOfStudyRelatedInstances));
    }

    [SkippableFact]
    public async Task Find_PatientRootSeriesLevel_ReturnsBothSeriesWithNumbersAndCounts()
    {
        var found = await FindAsync(PatientRoot,
            "QueryRetrieveLevel=SERIES", "PatientID=PAT-DOE1", $"StudyInstanceUID={Studies.Doe.Uid}",
            "SeriesInstanceUID", "Modality", "SeriesNumber", "NumberOfSeriesRelatedInstances");

        Assert.Equal(Studies.Doe.Series.Select(s => s.Uid).Order(StringComparer.Ordinal), found.Values(DicomTags.SeriesInstanceUID));
        foreach (var series in Studies.Doe.Series)
        {
            var response = found.With(DicomTags.SeriesInstanceUID, series.Uid);
            Assert.Equal("SERIES", response.GetString(PacsTags.QueryRetrieveLevel));
            Assert.Equal(series.Number, response.GetString(PacsTags.SeriesNumber));
            Assert.Equal("CT", response.GetString(DicomTags.Modality));
            Assert.Equal("3", response.GetString(PacsTags.NumberOfSeriesRelatedInstances));
        }
    }

    [SkippableFact]
    public async Task Find_PatientRootImageLevel_ReturnsTheInstancesOfTheSeries()
    {
        var series = Studies.Doe.Series[1];

        var found = await FindAsync(PatientRoot,
            "QueryRetrieveLevel=IMAGE", "PatientID=PAT-DOE1", $"StudyInstanceUID={Studies.Doe.Uid}", $"SeriesInstanceUID={series.Uid}",
            "SOPInstanceUID", "SOPClassUID", "InstanceNumber");

        Assert.Equal(series.InstanceUids.Order(StringComparer.Ordinal), found.Values(DicomTags.SOPInstanceUID));
        Assert.Equal(["1", "2", "3"], found.Values(PacsTags.InstanceNumber));
        Assert.All(found, r => Assert.Equal(NetworkSamples.CtImageStorage, r.GetString(DicomTags.SOPClassUID)));
    }

    [SkippableFact]
    public async Task Find_StudyRootStudyLevel_DateRange_ReturnsOnlyThe2026Study()
    {
        var found = await FindAsync(StudyRoot,
            "QueryRetrieveLevel=STUDY", "StudyDate=20260101-20261231", "StudyInstanceUID", "PatientName", "StudyDescription");

        var study = Assert.Single(found);
        Assert.Equal(Studies.Doe.Uid, study.GetString(DicomTags.StudyInstanceUID));
        Assert.Equal("20260315", study.GetString(DicomTags.StudyDate));
        Assert.Equal("DOE^JOHN", study.GetString(DicomTags.PatientName));
        Assert.Equal("CT CHEST", study.GetString(PacsTags.StudyDescription));
    }

    [SkippableFact]
    public async Task Find_StudyRootStudyLevel_SingleCharacterWildcard_ReturnsRoe()
    {
        var found = await FindAsync(StudyRoot, "QueryRetrieveLevel=STUDY", "PatientName=R?E^JANE", "StudyInstanceUID", "PatientID");

        var study = Assert.Single(found);
        Assert.Equal(Studies.Roe.Uid, study.GetString(DicomTags.StudyInstanceUID));
        Assert.Equal("ROE^JANE", study.GetString(DicomTags.PatientName));
        Assert.Equal("PAT-ROE2", study.GetString(DicomTags.PatientID));
    }

    [SkippableFact]
    public async Task Find_StudyRootStudyLevel_UidList_ReturnsTheListedStudiesThatExist()
    {
        var found = await FindAsync(StudyRoot,
            "QueryRetrieveLevel=STUDY", $"StudyInstanceUID={Studies.Doe.Uid}\\{Studies.Roe.Uid}\\1.2.826.0.1.3680043.9.9999.1", "PatientID");

        Assert.Equal(new[] { Studies.Doe.Uid, Studies.Roe.Uid }.Order(StringComparer.Ordinal), found.Values(DicomTags.StudyInstanceUID));
        Assert.Equal("PAT-DOE1", found.With(DicomTags.StudyInstanceUID, Studies.Doe.Uid).GetString(DicomTags.PatientID));
        Assert.Equal("PAT-ROE2", found.With(DicomTags.StudyInstanceUID, Studies.Roe.Uid).GetString(DicomTags.PatientID));
    }

    [SkippableFact]
    public async Task Find_StudyRootSeriesLevel_SingleModality_ReturnsTheMrSeries()
    {
        var found = await FindAsync(StudyRoot,
            "QueryRetrieveLevel=SERIES", $"StudyInstanceUID={Studies.Roe.Uid}", "Modality=MR", "SeriesInstanceUID", "SeriesNumber");

        Assert.Equal(Studies.Roe.Series.Select(s => s.Uid).Order(StringComparer.Ordinal), found.Values(DicomTags.SeriesInstanceUID));
        Assert.Equal(["1", "2"], found.Values(PacsTags.SeriesNumber));
        Assert.All(found, r => Assert.Equal("MR", r.GetString(DicomTags.Modality)));
    }

    [SkippableFact]
    public async Task Find_StudyRootImageLevel_SopInstanceUidList_ReturnsTheTwoListed()
    {
        var series = Studies.Roe.Series[0];
        var uids = series.InstanceUids.ToList();

        var found = await FindAsync(StudyRoot,
            "QueryRetrieveLevel=IMAGE", $"StudyInstanceUID={Studies.Roe.Uid}", $"SeriesInstanceUID={series.Uid}",
            $"SOPInstanceUID={uids[0]}\\{uids[2]}", "InstanceNumber");

        Assert.Equal(new[] { uids[0], uids[2] }.Order(StringComparer.Ordinal), found.Values(DicomTags.SOPInstanceUID));
        Assert.Equal("1", found.With(DicomTags.SOPInstanceUID, uids[0]).GetString(PacsTags.InstanceNumber));
        Assert.Equal("3", found.With(DicomTags.SOPInstanceUID, uids[2]).GetString(PacsTags.InstanceNumber));
    }

    [SkippableFact]
    public async Task Find_StudyRootStudyLevel_NoMatch_SucceedsWithNoResponseAndIsLogged()
    {
        var findscu = DcmtkQueryRetrieveTools.FindScu();
        await fixture.StoreWithStorescuAsync(DcmtkNetworkTools.StoreScu());
        var mark = await fixture.Pacs.AssociationLogMarkAsync();

        var found = await FindscuResponses.FindAsync(findscu, fixture.Pacs, _directory.Path, StudyRoot, "QueryRetrieveLevel=STUDY", "PatientName=NOBODY*", "StudyInstanceUID");

        Assert.Empty(found);
        var association = await fixture.Pacs.AssociationAsync(a => a.Id > mark && a.CallingAeTitle == "FINDSCU", "findscu's C-FIND");
        Assert.True(association.Accepted, association.RejectReason);
        Assert.Equal(0, association.FailedOperationCount);
        Assert.Contains("CFindRq", association.Operations);
    }

    [SkippableFact]
    public async Task Find_FindscuAsksForAKeyThePacsDoesNotKeep_PendingResponsesSayFF01()
    {
        var findscu = DcmtkQueryRetrieveTools.FindScu();
        await fixture.StoreWithStorescuAsync(DcmtkNetworkTools.StoreScu());

        // SOP Classes in Study (0008,0062) is computed by an archive (PS3.4 C.3.4); PacsLab does not keep it.
        var result = await DcmtkNetworkTools.RunAsync(findscu,
        [
            "-v", StudyRoot, "-aet", "FINDSCU", "-aec", PacsUnderTest.AeTitle,
            .. DcmtkQueryRetrieveTools.Keys("QueryRetrieveLevel=STUDY", $"StudyInstanceUID={Studies.Doe.Uid}", "SOPClassesInStudy", "RetrieveAETitle"),
            "127.0.0.1", fixture.Pacs.PortText,
        ]);

        var output = result.AllOutput();
        Assert.True(result.Succeeded && output.Contains("Received Final Find Response (Success)", StringComparison.Ordinal), result.Describe());
        // DCMTK names 0xFF01 "Pending: WarningUnsupportedOptionalKeys".
        Assert.True(output.Contains("Find Response: 1 (Pending: WarningUnsupportedOptionalKeys)", StringComparison.Ordinal),
            $"findscu should show the pending response with status 0xFF01:\n{output}");
        Assert.True(output.Contains("(0008,0054) AE [PACSLAB ]", StringComparison.Ordinal), $"the PACS should name itself as Retrieve AE Title:\n{output}");
    }

    public void Dispose() => _directory.Dispose();

    /// <summary>Stores the studies with storescu (once per class), then runs findscu with the keys.</summary>
    private async Task<IReadOnlyList<DicomDataset>> FindAsync(string model, params string[] keys)
    {
        var findscu = DcmtkQueryRetrieveTools.FindScu();
        await fixture.StoreWithStorescuAsync(DcmtkNetworkTools.StoreScu());
        return await FindscuResponses.FindAsync(findscu, fixture.Pacs, _directory.Path, model, keys);
    }
}
