using PacsLab.Dicom;
using PacsLab.Dicom.Query;


namespace PacsLab.Pacs.Query;

/// <summary>
/// The REST search: keys by DICOM keyword with C-FIND matching syntax (<c>PatientName=DOE*</c>,
/// <c>StudyDate=20260101-20261231</c>), answered by the same query service as C-FIND, as keyword/value objects.
/// Each level returns a default set of attributes besides the keys asked for.
/// </summary>
public sealed class PacsSearch(PacsQueryService queries)
{
    private static readonly Dictionary<QueryLevel, string[]> DefaultKeys = new()
    {
        [QueryLevel.Patient] = ["PatientID", "PatientName", "PatientBirthDate", "PatientSex", "NumberOfPatientRelatedStudies"],
        [QueryLevel.Study] =
        [
            "StudyInstanceUID", "StudyDate", "StudyTime", "AccessionNumber", "StudyDescription", "ReferringPhysicianName", "ModalitiesInStudy",
            "PatientID", "PatientName", "NumberOfStudyRelatedSeries", "NumberOfStudyRelatedInstances",
        ],
        [QueryLevel.Series] = ["StudyInstanceUID", "SeriesInstanceUID", "Modality", "SeriesNumber", "SeriesDescription", "BodyPartExamined", "NumberOfSeriesRelatedInstances"],
        [QueryLevel.Image] = ["StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID", "SOPClassUID", "InstanceNumber"],
    };

    /// <exception cref="ArgumentException">An unknown keyword or a value C-FIND matching cannot use; the message says which.</exception>
    public async Task<IReadOnlyList<IReadOnlyDictionary<string, string>>> SearchAsync(QueryLevel level, IEnumerable<KeyValuePair<string, string>> keys,
        int limit, CancellationToken cancellationToken)
    {
        var identifier = new DicomDataset()
            .AddOrUpdate(DicomTags.SpecificCharacterSet, DicomVR.CS, "ISO_IR 192")
            .AddOrUpdate(PacsTags.QueryRetrieveLevel, DicomVR.CS, level.ToString().ToUpperInvariant());
        var returned = DefaultKeys[level].ToList();
        foreach (var keyword in returned) identifier.AddOrUpdate(Entry(keyword).Tag, Entry(keyword).DefaultVR, Array.Empty<string>());
        foreach (var (keyword, value) in keys)
        {
            var entry = Entry(keyword);
            identifier.AddOrUpdate(entry.Tag, entry.DefaultVR, entry.DefaultVR == DicomVR.PN ? [value] : value.Split('\\'));
            if (!returned.Contains(entry.Keyword)) returned.Add(entry.Keyword);
        }
        DicomQuery query;
        try
        {
            query = DicomQuery.Parse(identifier);
        }
        catch (DicomQueryException ex)
        {
            throw new ArgumentException(ex.Message, ex);
        }
        var results = new List<IReadOnlyDictionary<string, string>>();
        await foreach (var match in queries.FindAsync(query, QueryModel.PatientRoot, cancellationToken).ConfigureAwait(false))
        {
            results.Add(returned.ToDictionary(k => k, k => match.Response.GetString(Entry(k).Tag) ?? ""));
            if (results.Count >= limit) break;
        }
        return results;
    }

    private static DicomDictionaryEntry Entry(string keyword) =>
        DicomDictionary.TryGetByKeyword(keyword, out var entry) && !entry.IsRange
            ? entry
            : throw new ArgumentException($"'{keyword}' is not a DICOM attribute keyword (they are written like PatientName, StudyDate, AccessionNumber; case matters)");
}
