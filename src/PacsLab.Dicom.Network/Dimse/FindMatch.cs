using System.Runtime.CompilerServices;

namespace PacsLab.Dicom.Network.Dimse;

/// <summary>
/// One C-FIND match and the pending status it goes out with (PS3.4 C.4.1.1.4): 0xFF00, or 0xFF01 when one or more
/// optional keys of the identifier were not supported for existence or matching.
/// </summary>
public sealed record FindMatch(DicomDataset Identifier, DimseStatus Status)
{
    public static FindMatch Pending(DicomDataset identifier) => new(identifier, DimseStatus.Pending);

    /// <summary>Each match as a plain pending response (0xFF00).</summary>
    public static async IAsyncEnumerable<FindMatch> AllPending(IAsyncEnumerable<DicomDataset> matches,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var match in matches.WithCancellation(cancellationToken).ConfigureAwait(false)) yield return Pending(match);
    }
}
