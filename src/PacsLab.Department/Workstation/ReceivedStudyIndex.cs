using System.Globalization;

namespace PacsLab.Department.Workstation;

/// <summary>
/// What the workstation holds, by SOP Instance UID, grouped into studies on demand. A second copy of an instance
/// replaces the first (the newer file wins; the caller deletes the older one).
/// </summary>
internal sealed class ReceivedStudyIndex
{
    private readonly Dictionary<string, ReceivedInstance> _instances = new(StringComparer.Ordinal);
    private readonly object _lock = new();

    /// <summary>Adds or replaces the instance; returns the replaced one's file path, if any.</summary>
    public string? Add(ReceivedInstance instance)
    {
        lock (_lock)
        {
            var replaced = _instances.TryGetValue(instance.SopInstanceUid, out var old) && old.Path != instance.Path ? old.Path : null;
            _instances[instance.SopInstanceUid] = instance;
            return replaced;
        }
    }

    public int Count
    {
        get
        {
            lock (_lock) return _instances.Count;
        }
    }

    /// <summary>The studies, most recently received first.</summary>
    public IReadOnlyList<ReceivedStudy> Studies()
    {
        List<ReceivedInstance> all;
        lock (_lock) all = [.. _instances.Values];
        return all.GroupBy(i => i.StudyInstanceUid, StringComparer.Ordinal)
            .Select(Summarize)
            .OrderByDescending(s => s.LastReceivedAt)
            .ThenBy(s => s.StudyInstanceUid, StringComparer.Ordinal)
            .ToList();
    }

    private static ReceivedStudy Summarize(IGrouping<string, ReceivedInstance> study)
    {
        var latest = study.MaxBy(i => i.ReceivedAt)!;
        return new ReceivedStudy(
            study.Key,
            latest.PatientName,
            latest.PatientId,
            Date(study.Select(i => i.StudyDate).FirstOrDefault(d => d is not null)),
            study.Select(i => i.StudyDescription).FirstOrDefault(d => d is not null),
            study.Select(i => i.Modality).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            study.Select(i => i.SeriesInstanceUid ?? "").Distinct(StringComparer.Ordinal).Count(),
            study.Count(),
            study.Min(i => i.ReceivedAt),
            latest.ReceivedAt,
            study.Select(i => i.FromAeTitle).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());
    }

    private static DateOnly? Date(string? da) =>
        da is not null && DateOnly.TryParseExact(da, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
