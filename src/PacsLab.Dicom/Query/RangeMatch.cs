namespace PacsLab.Dicom.Query;

/// <summary>
/// Range Matching (PS3.4 C.2.2.2.5), only for DA, TM and DT: <c>a-b</c> matches values from a to b inclusive,
/// <c>-b</c> values up to and including b, <c>a-</c> a and later values. A bound written with less precision covers
/// its whole period, so the TM range <c>0800-1000</c> includes 10:00:59. A TM range may not cross midnight, and a DT
/// value's UTC offset is taken into account when both sides carry one. Candidates whose value is not a valid date
/// or time do not match. The constructor checks the bounds and throws <see cref="DicomQueryException"/> when they
/// are not dates or times of the VR, when both are missing, or when the range starts after it ends.
/// </summary>
public sealed record RangeMatch : QueryCondition
{
    public RangeMatch(DicomTag tag, DicomVR vr, string? lower, string? upper) : base(tag, vr)
    {
        Lower = string.IsNullOrWhiteSpace(lower) ? null : lower.Trim();
        Upper = string.IsNullOrWhiteSpace(upper) ? null : upper.Trim();
        var text = $"{Lower}-{Upper}";
        if (!QueryMatchingRules.AllowsRange(vr))
            throw new DicomQueryException(tag, text, $"range matching applies only to DA, TM and DT keys, and this key is {vr}.");
        if (Lower is null && Upper is null)
            throw new DicomQueryException(tag, text, $"a range needs at least one end, e.g. {TemporalKeyText.RangeExample(vr)}.");
        LowerBound = Lower is null ? null : ParseBound(tag, vr, Lower, text);
        UpperBound = Upper is null ? null : ParseBound(tag, vr, Upper, text);
        if (LowerBound is { } from && UpperBound is { } to && TemporalValue.Compare(from.Earliest, from.Offset, to.Latest, to.Offset) > 0)
        {
            var midnight = vr == DicomVR.TM ? " A time range may not cross midnight; send two queries instead." : "";
            throw new DicomQueryException(tag, text, $"the range starts after it ends ('{Lower}' is later than '{Upper}').{midnight}");
        }
    }

    /// <summary>The lower bound as sent, or null for <c>-b</c>.</summary>
    public string? Lower { get; }

    /// <summary>The upper bound as sent, or null for <c>a-</c>.</summary>
    public string? Upper { get; }

    /// <summary>The period the lower bound names; the range starts at its <see cref="TemporalValue.Earliest"/>.</summary>
    public TemporalValue? LowerBound { get; }

    /// <summary>The period the upper bound names; the range ends at its <see cref="TemporalValue.Latest"/>.</summary>
    public TemporalValue? UpperBound { get; }

    public override bool Matches(DicomDataset candidate)
    {
        foreach (var value in CandidateValues.Read(candidate, Tag))
        {
            if (TemporalValue.TryParse(VR, value, out var point) && Includes(point)) return true;
        }
        return false;
    }

    /// <summary>Whether the first instant of <paramref name="point"/> lies within the range.</summary>
    public bool Includes(TemporalValue point) =>
        (LowerBound is not { } from || TemporalValue.Compare(point.Earliest, point.Offset, from.Earliest, from.Offset) >= 0)
        && (UpperBound is not { } to || TemporalValue.Compare(point.Earliest, point.Offset, to.Latest, to.Offset) <= 0);

    private static TemporalValue ParseBound(DicomTag tag, DicomVR vr, string bound, string text) =>
        TemporalValue.TryParse(vr, bound, out var value)
            ? value
            : throw new DicomQueryException(tag, text, $"'{bound}' is not a valid {TemporalKeyText.Describe(vr)}.");
}
