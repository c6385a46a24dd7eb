using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Pdu;
using PacsLab.Dicom.Network.Transport;

namespace PacsLab.Dicom.Network.Tests.Hostile;

/// <summary>The checks every hostile case ends with: the right A-ABORT, then the connection closed, then the log entry.</summary>
internal static class HostileAssert
{
    /// <summary>The reply is an A-ABORT with this source and reason (PS3.8 Table 9-26; with source 0 the reason is sent as 0).</summary>
    public static AAbort Abort(PeerReply reply, AbortSource source, AbortReason reason)
    {
        var abort = Assert.IsType<AAbort>(reply.Pdu, exactMatch: true);
        Assert.True(abort.Source == source && abort.Reason == reason,
            $"expected A-ABORT source {(byte)source} reason {(byte)reason}, got source {(byte)abort.Source} reason {(byte)abort.Reason}");
        return abort;
    }

    /// <summary>The server closes the connection within <paramref name="within"/> and sends nothing more first.</summary>
    public static async Task ClosedAsync(HostilePeer peer, TimeSpan within)
    {
        var more = await peer.ReadUntilClosedAsync(within);
        Assert.True(more.Count == 0, $"after the abort the server also sent: {string.Join(", ", more)}");
    }

    /// <summary>The log entry says the association was aborted here, and says which A-ABORT went out, as it did on the wire.</summary>
    public static void RecordTellsAbort(AssociationRecord record, AAbort sent, params string[] words)
    {
        var said = $"the record says {record.Outcome.Kind}: \"{record.Outcome.Description}\"";
        Assert.True(record.Outcome.Kind == AssociationOutcomeKind.AbortedLocally, $"expected AbortedLocally; {said}");
        var wire = sent.Source == AbortSource.ServiceProvider ? $"A-ABORT source 2, reason {(byte)sent.Reason}" : $"A-ABORT source {(byte)sent.Source}";
        Assert.True(record.Outcome.Description.Contains(wire, StringComparison.Ordinal), $"the server sent {wire}; {said}");
        foreach (var word in words)
            Assert.True(record.Outcome.Description.Contains(word, StringComparison.Ordinal), $"expected the record to mention '{word}'; {said}");
    }

    /// <summary>The log entry has this kind of ending and mentions each of <paramref name="words"/>.</summary>
    public static void RecordTells(AssociationRecord record, AssociationOutcomeKind kind, params string[] words)
    {
        var said = $"the record says {record.Outcome.Kind}: \"{record.Outcome.Description}\"";
        Assert.True(record.Outcome.Kind == kind, $"expected {kind}; {said}");
        foreach (var word in words)
            Assert.True(record.Outcome.Description.Contains(word, StringComparison.Ordinal), $"expected the record to mention '{word}'; {said}");
    }
}
