using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PacsLab.Dicom;
using PacsLab.Dicom.Query;
using PacsLab.Pacs.Index;
using PacsLab.Pacs.Storage;

namespace PacsLab.Pacs.Query;

/// <summary>
/// Answers C-FIND identifiers (and the REST search) from the index: conditions on indexed keys run in SQL as a
/// pre-filter, then every candidate goes through the same matcher (DESIGN.md example 5), so SQL never decides
/// alone. Keys the index does not hold are read from a representative instance file of each candidate, with their
/// text re-encoded in UTF-8, sequence items included. The PACS also supplies Retrieve AE Title (itself) and Instance
/// Availability (ONLINE) when asked. Studies in the recycle bin are invisible. At most
/// <see cref="PacsOptions.FindResultLimit"/> matches are returned.
/// </summary>
public sealed class PacsQueryService(IDbContextFactory<PacsIndexContext> contexts, InstanceArchive archive, IOptions<PacsOptions> options,
    ILogger<PacsQueryService>? logger = null)
{
    private static readonly HashSet<DicomTag> NotAttributes = [PacsTags.QueryRetrieveLevel, DicomTags.SpecificCharacterSet];

    public async IAsyncEnumerable<QueryMatch> FindAsync(DicomQuery query, QueryModel model, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var level = QueryLevels.Parse(query.QueryRetrieveLevel, model);
        var limit = options.Value.FindResultLimit > 0 ? options.Value.FindResultLimit : int.MaxValue;
        var count = 0;
        // Rows stream from one context while per-row lookups (counts, representative files) use another.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var lookups = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var matches = level switch
        {
            QueryLevel.Patient => RunAsync(lookups, query, level, IndexedKeys.Patient, PatientRows(db), PatientCountsAsync, p => p.Id, FirstFileOfPatient, cancellationToken),
            QueryLevel.Study => RunAsync(lookups, query, level, IndexedKeys.Study, StudyRows(db), null, s => s.Id, FirstFileOfStudy, cancellationToken),
            QueryLevel.Series => RunAsync(lookups, query, level, IndexedKeys.Series, SeriesRows(db), null, s => s.Id, FirstFileOfSeries, cancellationToken),
            _ => RunAsync(lookups, query, level, IndexedKeys.Image, ImageRows(db), null, i => i.Id, FileOfInstance, cancellationToken),
        };
        await foreach (var match in matches.ConfigureAwait(false))
        {
            yield return match;
            if (++count < limit) continue;
            if (logger is not null) PacsQueryLog.LimitReached(logger, limit, level.ToString().ToUpperInvariant());
            yield break;
        }
    }

    /// <summary>
    /// The keys of the identifier the PACS does not support at its level (PS3.4 C.4.1.1.4, the reason for 0xFF01): keys
    /// whose value the matcher cannot use (ignored for matching), and computed attributes (PS3.4 C.3.4) it does not keep
    /// at that level, which come back empty.
    /// </summary>
    public IReadOnlyList<DicomTag> UnsupportedKeys(DicomQuery query, QueryModel model)
    {
        var answered = QueryLevels.Parse(query.QueryRetrieveLevel, model) switch
        {
            QueryLevel.Patient => IndexedKeys.Patient.Select(k => k.Tag).Concat(PatientComputedTags),
            QueryLevel.Study => IndexedKeys.Study.Select(k => k.Tag),
            QueryLevel.Series => IndexedKeys.Series.Select(k => k.Tag),
            _ => IndexedKeys.Image.Select(k => k.Tag),
        };
        var notComputed = AdditionalQueryAttributes.Computed.Except(answered).ToHashSet();
        return query.UnsupportedKeys.Concat(query.Conditions.Select(c => c.Tag).Where(notComputed.Contains)).Distinct().ToList();
    }

    private static IQueryable<PatientRecord> PatientRows(PacsIndexContext db) =>
        db.Patients.AsNoTracking().Where(p => p.Studies.Any(s => s.DeletedAt == null));

    private static IQueryable<StudyRecord> StudyRows(PacsIndexContext db) =>
        db.Studies.AsNoTracking().Include(s => s.Patient).Where(s => s.DeletedAt == null);

    private static IQueryable<SeriesRecord> SeriesRows(PacsIndexContext db) =>
        db.Series.AsNoTracking().Include(s => s.Study).ThenInclude(s => s!.Patient).Where(s => s.Study!.DeletedAt == null);

    private static IQueryable<InstanceRecord> ImageRows(PacsIndexContext db) =>
        db.Instances.AsNoTracking().Include(i => i.Series).ThenInclude(s => s!.Study).ThenInclude(s => s!.Patient).Where(i => i.Series!.Study!.DeletedAt == null);

    private async IAsyncEnumerable<QueryMatch> RunAsync<TRow>(PacsIndexContext lookups, DicomQuery query, QueryLevel level, IReadOnlyList<IndexedKey<TRow>> keys,
        IQueryable<TRow> rows, Func<PacsIndexContext, TRow, CancellationToken, Task<DicomDataset>>? computed, Func<TRow, long> id,
        Func<PacsIndexContext, TRow, CancellationToken, Task<string?>> representativeFile, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var byTag = keys.ToDictionary(k => k.Tag);
        foreach (var condition in query.Conditions)
        {
            if (byTag.TryGetValue(condition.Tag, out var key) && SqlConditionTranslator.Translate(condition, key) is { } predicate)
                rows = rows.Where(predicate);
        }
        var computedTags = computed is null ? [] : PatientComputedTags;
        var supplied = Supplied(query);
        var needsFile = query.Conditions.Any(c => !NotAttributes.Contains(c.Tag) && !byTag.ContainsKey(c.Tag) && !computedTags.Contains(c.Tag)
                                                  && !supplied.Any(s => s.Tag == c.Tag));

        await foreach (var row in rows.OrderBy(r => EF.Property<long>(r!, "Id")).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var candidate = new DicomDataset().AddOrUpdate(DicomTags.SpecificCharacterSet, DicomVR.CS, "ISO_IR 192");
            foreach (var key in keys)
            {
                var value = key.Read(row);
                if (value.Length > 0) candidate.AddOrUpdate(key.Tag, key.VR, key.VR == DicomVR.PN ? [value] : value.Split('\\'));
            }
            foreach (var (tag, vr, value) in supplied) candidate.AddOrUpdate(tag, vr, value);
            if (computed is not null)
                foreach (var item in await computed(lookups, row, cancellationToken).ConfigureAwait(false)) candidate.AddOrUpdate(item);
            if (needsFile && await representativeFile(lookups, row, cancellationToken).ConfigureAwait(false) is { } path)
                await AddFileAttributesAsync(candidate, archive.FullPath(path), cancellationToken).ConfigureAwait(false);
            if (!query.Matches(candidate)) continue;
            yield return new QueryMatch(level, query.BuildResponse(candidate), id(row));
        }
    }

    /// <summary>The return attributes of PS3.4 C.4.1.1.3.2 the PACS knows for every match, when the identifier asks for them.</summary>
    private List<(DicomTag Tag, DicomVR VR, string Value)> Supplied(DicomQuery query)
    {
        var supplied = new List<(DicomTag, DicomVR, string)>();
        if (query.FindCondition(AdditionalQueryAttributes.RetrieveAeTitle) is not null)
            supplied.Add((AdditionalQueryAttributes.RetrieveAeTitle, DicomVR.AE, options.Value.AeTitle));
        // Studies in the recycle bin are never matched, so everything a query returns can be retrieved at once.
        if (query.FindCondition(AdditionalQueryAttributes.InstanceAvailability) is not null)
            supplied.Add((AdditionalQueryAttributes.InstanceAvailability, DicomVR.CS, "ONLINE"));
        return supplied;
    }

    private static readonly HashSet<DicomTag> PatientComputedTags =
        [PacsTags.NumberOfPatientRelatedStudies, PacsTags.NumberOfPatientRelatedSeries, PacsTags.NumberOfPatientRelatedInstances];

    private static async Task<DicomDataset> PatientCountsAsync(PacsIndexContext db, PatientRecord patient, CancellationToken cancellationToken)
    {
        var counts = await db.Studies.Where(s => s.PatientKey == patient.Id && s.DeletedAt == null)
            .GroupBy(_ => 1)
            .Select(g => new { Studies = g.Count(), Series = g.Sum(s => s.NumberOfSeries), Instances = g.Sum(s => s.NumberOfInstances) })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var c = System.Globalization.CultureInfo.InvariantCulture;
        return new DicomDataset()
            .AddOrUpdate(PacsTags.NumberOfPatientRelatedStudies, DicomVR.IS, (counts?.Studies ?? 0).ToString(c))
            .AddOrUpdate(PacsTags.NumberOfPatientRelatedSeries, DicomVR.IS, (counts?.Series ?? 0).ToString(c))
            .AddOrUpdate(PacsTags.NumberOfPatientRelatedInstances, DicomVR.IS, (counts?.Instances ?? 0).ToString(c));
    }

    private static Task<string?> FirstFileOfPatient(PacsIndexContext db, PatientRecord p, CancellationToken ct) =>
        FirstFile(db.Instances.Where(i => i.Series!.Study!.PatientKey == p.Id && i.Series.Study.DeletedAt == null), ct);

    private static Task<string?> FirstFileOfStudy(PacsIndexContext db, StudyRecord s, CancellationToken ct) =>
        FirstFile(db.Instances.Where(i => i.Series!.StudyKey == s.Id), ct);

    private static Task<string?> FirstFileOfSeries(PacsIndexContext db, SeriesRecord s, CancellationToken ct) =>
        FirstFile(db.Instances.Where(i => i.SeriesKey == s.Id), ct);

    private static Task<string?> FileOfInstance(PacsIndexContext db, InstanceRecord i, CancellationToken ct) => Task.FromResult<string?>(i.FilePath);

    private static Task<string?> FirstFile(IQueryable<InstanceRecord> instances, CancellationToken ct) =>
        instances.OrderBy(i => i.Id).Select(i => i.FilePath).FirstOrDefaultAsync(ct);

    /// <summary>Attributes the index does not hold, from the file; what the index holds stays as the index says.</summary>
    private static async Task AddFileAttributesAsync(DicomDataset candidate, string path, CancellationToken cancellationToken)
    {
        DicomFile file;
        try
        {
            file = await DicomFile.OpenAsync(path, new DicomReadOptions { StopBeforeTag = DicomTags.PixelData }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or DicomFormatException)
        {
            return;
        }
        var source = file.Dataset;
        foreach (var item in source)
        {
            if (item.Tag == DicomTags.SpecificCharacterSet || candidate.Contains(item.Tag)) continue;
            Utf8Transcoder.Copy(item, source, candidate);
        }
    }
}
