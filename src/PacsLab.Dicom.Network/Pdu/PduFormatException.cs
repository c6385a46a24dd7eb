namespace PacsLab.Dicom.Network.Pdu;

/// <summary>
/// A received PDU breaks PS3.8 9.3. Says which PDU and item, what was wrong and at which byte offset from the start
/// of the PDU (its 6-byte header included, as a packet capture shows it), and which A-ABORT reason to answer with.
/// </summary>
public sealed class PduFormatException : Exception
{
    public PduFormatException(PduType pduType, string? item, string problem, long offset, AbortReason abortReason)
        : base(Describe(pduType, item, problem, offset, abortReason))
    {
        PduType = pduType;
        Item = item;
        Problem = problem;
        Offset = offset;
        AbortReason = abortReason;
    }

    public PduType PduType { get; }

    /// <summary>The item or sub-item being read, e.g. "presentation context item (20H)"; null for the PDU's own fields.</summary>
    public string? Item { get; }

    public string Problem { get; }

    public long Offset { get; }

    /// <summary>The reason of the A-ABORT (source 2, service-provider) to send in reply.</summary>
    public AbortReason AbortReason { get; }

    private static string Describe(PduType pduType, string? item, string problem, long offset, AbortReason reason)
    {
        var where = item is null ? pduType.ToStandardName() : $"{pduType.ToStandardName()}, {item}";
        return $"Malformed {where}: {problem} (at byte offset {offset} of the PDU). " +
            $"Answer with A-ABORT reason {(byte)reason}: {reason.Describe()}.";
    }
}
