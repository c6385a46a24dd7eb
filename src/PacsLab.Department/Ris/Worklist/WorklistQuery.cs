using PacsLab.Department.Ris.Orders;
using PacsLab.Dicom;
using PacsLab.Dicom.Query;

namespace PacsLab.Department.Ris.Worklist;

/// <summary>
/// A Modality Worklist C-FIND identifier read with the shared C-FIND matching (PS3.4 C.2.2.2), including the keys in
/// the Scheduled Procedure Step Sequence item. Keys on attributes the worklist does not hold are answered zero length
/// and not matched, as PS3.4 K.2.2.1.1.2 asks of optional keys an SCP does not support. Unless the query names a
/// Scheduled Procedure Step Status, only steps still to do (SCHEDULED, STARTED) are listed.
/// </summary>
internal sealed class WorklistQuery
{
    private WorklistQuery(DicomQuery query, IReadOnlyList<string> ignoredKeys)
    {
        Query = query;
        IgnoredKeys = ignoredKeys;
        AsksForStatus = query.FindCondition(WorklistTags.ScheduledProcedureStepSequence) is SequenceMatch step
                        && step.ItemConditions.Any(c => c.Tag == WorklistTags.ScheduledProcedureStepStatus && c is not UniversalMatch);
    }

    public DicomQuery Query { get; }

    /// <summary>Keys that carried a value the worklist cannot match on (named as in the log), answered as return keys.</summary>
    public IReadOnlyList<string> IgnoredKeys { get; }

    /// <summary>Whether the query matches on Scheduled Procedure Step Status itself (then every status may be listed).</summary>
    public bool AsksForStatus { get; }

    /// <summary>Reads an identifier; throws <see cref="DicomQueryException"/> for a key that cannot be matched as sent.</summary>
    public static WorklistQuery Parse(DicomDataset identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        var keys = identifier.Clone();
        var ignored = new List<string>();
        DropUnsupportedMatching(keys, WorklistTags.ItemAttributes, "", ignored);
        return new WorklistQuery(DicomQuery.Parse(keys), ignored);
    }

    /// <summary>Whether the order's item is on the worklist this query asks for.</summary>
    public bool Includes(Order order, DicomDataset item) =>
        (AsksForStatus || ScheduledStepStatus.IsListedByDefault(order.Status)) && Query.Matches(item);

    /// <summary>The response: only the keys asked for, with the item's values (PS3.4 K.2.2.1.2).</summary>
    public DicomDataset Answer(DicomDataset item) => Query.BuildResponse(item);

    private static void DropUnsupportedMatching(DicomDataset keys, IReadOnlySet<DicomTag> supported, string prefix, List<string> ignored)
    {
        foreach (var key in keys.ToList())
        {
            if (IsNeverMatched(key.Tag)) continue;
            if (key.Tag == WorklistTags.ScheduledProcedureStepSequence && prefix.Length == 0)
            {
                // More than one item is refused by the shared parser with its own explanation.
                if (key is DicomSequence { Items.Count: 1 } step)
                    DropUnsupportedMatching(step.Items[0], WorklistTags.StepAttributes, $"{WorklistKeyText.Name(key.Tag)}>", ignored);
                continue;
            }
            if (supported.Contains(key.Tag) || !HasValue(key)) continue;
            keys.AddOrUpdate(key is DicomSequence ? new DicomSequence(key.Tag) : new DicomElement(key.Tag, key.VR, ReadOnlyMemory<byte>.Empty));
            ignored.Add(prefix + WorklistKeyText.Name(key.Tag));
        }
    }

    // Command and file meta groups, group lengths, Specific Character Set and Query/Retrieve Level are not keys (PS3.4 C.2.2.2).
    private static bool IsNeverMatched(DicomTag tag) =>
        tag.Group is 0x0000 or 0x0002 || tag.IsGroupLength || tag == DicomTags.SpecificCharacterSet || tag == new DicomTag(0x0008, 0x0052);

    private static bool HasValue(DicomItem key) => key switch
    {
        DicomElement element => !element.IsEmpty,
        DicomSequence sequence => sequence.Items.Any(item => item.Any(HasValue)),
        _ => true,
    };
}
