using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Dimse;

/// <summary>
/// Cuts a command set and a data set into P-DATA-TF PDUs that respect the peer's maximum length (PS3.8 9.3.5,
/// PS3.7 D.3.3.1; 0 means no limit), one PDV per PDU as DCMTK does. The PDUs refer to the bytes given, not copies.
/// </summary>
public static class DimseMessageFragmenter
{
    /// <summary>PDV item header: 4-byte item length, context id, message control header.</summary>
    private const int PdvOverhead = 6;
    private const int UnlimitedChunk = 1024 * 1024;

    public static int MaxFragmentLength(uint peerMaximumLength) =>
        peerMaximumLength == 0 ? UnlimitedChunk : (int)Math.Min(peerMaximumLength - PdvOverhead, UnlimitedChunk);

    public static IEnumerable<PDataTf> Fragment(byte contextId, ReadOnlyMemory<byte> bytes, bool isCommand, uint peerMaximumLength) =>
        Fragment(contextId, bytes, isCommand, peerMaximumLength, endsMessage: true);

    /// <param name="endsMessage">
    /// Whether these bytes end the command or data set, so that the final PDV has the last-fragment bit (PS3.8 E.2); false
    /// for a part of a data set sent piece by piece.
    /// </param>
    public static IEnumerable<PDataTf> Fragment(byte contextId, ReadOnlyMemory<byte> bytes, bool isCommand, uint peerMaximumLength, bool endsMessage)
    {
        var max = MaxFragmentLength(peerMaximumLength);
        if (bytes.IsEmpty)
        {
            yield return new PDataTf([new PresentationDataValue(contextId, isCommand, endsMessage, ReadOnlyMemory<byte>.Empty)]);
            yield break;
        }
        for (var offset = 0; offset < bytes.Length; offset += max)
        {
            var length = Math.Min(max, bytes.Length - offset);
            var last = endsMessage && offset + length == bytes.Length;
            yield return new PDataTf([new PresentationDataValue(contextId, isCommand, last, bytes.Slice(offset, length))]);
        }
    }
}
