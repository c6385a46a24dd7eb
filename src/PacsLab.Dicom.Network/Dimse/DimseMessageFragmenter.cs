using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Dimse;

/// <summary>
/// Cuts a command set and a data set into P-DATA-TF PDUs that respect the peer's maximum length (PS3.8 9.3.5,
/// PS3.7 D.3.3.1; 0 means no limit), one PDV per PDU as DCMTK does.
/// </summary>
public static class DimseMessageFragmenter
{
    /// <summary>PDV item header: 4-byte item length, context id, message control header.</summary>
    private const int PdvOverhead = 6;
    private const int UnlimitedChunk = 1024 * 1024;

    public static int MaxFragmentLength(uint peerMaximumLength) =>
        peerMaximumLength == 0 ? UnlimitedChunk : (int)Math.Min(peerMaximumLength - PdvOverhead, UnlimitedChunk);

    public static IEnumerable<PDataTf> Fragment(byte contextId, ReadOnlyMemory<byte> bytes, bool isCommand, uint peerMaximumLength)
    {
        var max = MaxFragmentLength(peerMaximumLength);
        if (bytes.IsEmpty)
        {
            yield return new PDataTf([new PresentationDataValue(contextId, isCommand, true, ReadOnlyMemory<byte>.Empty)]);
            yield break;
        }
        for (var offset = 0; offset < bytes.Length; offset += max)
        {
            var length = Math.Min(max, bytes.Length - offset);
            var last = offset + length == bytes.Length;
            yield return new PDataTf([new PresentationDataValue(contextId, isCommand, last, bytes.Slice(offset, length))]);
        }
    }

    /// <summary>Streams a data set from <paramref name="source"/> without holding it all, one fragment at a time.</summary>
    public static async IAsyncEnumerable<PDataTf> FragmentAsync(byte contextId, Stream source, uint peerMaximumLength,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var max = MaxFragmentLength(peerMaximumLength);
        var current = new byte[max];
        var filled = await FillAsync(source, current, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var next = new byte[max];
            var nextFilled = filled == max ? await FillAsync(source, next, cancellationToken).ConfigureAwait(false) : 0;
            var last = nextFilled == 0;
            yield return new PDataTf([new PresentationDataValue(contextId, false, last, current.AsMemory(0, filled))]);
            if (last) yield break;
            (current, filled) = (next, nextFilled);
        }
    }

    private static async Task<int> FillAsync(Stream source, byte[] buffer, CancellationToken cancellationToken)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var n = await source.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false);
            if (n == 0) break;
            total += n;
        }
        return total;
    }
}
