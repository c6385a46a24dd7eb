using PacsLab.Dicom.Network.Association;

namespace PacsLab.Dicom.Network.Client;

/// <summary>
/// Which accepted context a file goes out on: its own transfer syntax if accepted; otherwise, for an uncompressed
/// file, any accepted uncompressed syntax (the data set is re-encoded). A compressed file whose syntax was refused
/// cannot be sent: PacsLab does not decompress.
/// </summary>
public static class StoreSyntaxChoice
{
    public static AcceptedPresentationContext Choose(DicomAssociation association, string sopClassUid, DicomTransferSyntax fileSyntax)
    {
        var contexts = association.AcceptedContexts.Where(c => c.AbstractSyntax == sopClassUid).ToList();
        if (contexts.Count == 0)
            throw new DicomNetworkException($"the peer accepted no presentation context for SOP class {Describe(sopClassUid)}; it does not take this kind of object");
        if (contexts.FirstOrDefault(c => c.TransferSyntax.Uid == fileSyntax.Uid) is { } exact) return exact;
        if (!fileSyntax.IsEncapsulated)
        {
            var uncompressed = contexts.FirstOrDefault(c => !c.TransferSyntax.IsEncapsulated);
            if (uncompressed is not null) return uncompressed;
        }
        var offered = string.Join(", ", contexts.Select(c => c.TransferSyntax.Name));
        throw new DicomNetworkException($"the file is in {fileSyntax.Name}, but the peer accepted only {offered} for {Describe(sopClassUid)}, " +
            "and PacsLab cannot convert compressed pixel data. Send an uncompressed copy, or configure the peer to accept this transfer syntax.");
    }

    /// <summary>What to propose for a file: its own syntax, and for uncompressed files the two little-endian ones too.</summary>
    public static IReadOnlyList<string> Propose(DicomTransferSyntax fileSyntax) => fileSyntax.IsEncapsulated
        ? [fileSyntax.Uid]
        : new[] { fileSyntax.Uid, DicomTransferSyntax.ExplicitVRLittleEndian.Uid, DicomTransferSyntax.ImplicitVRLittleEndian.Uid }.Distinct().ToList();

    private static string Describe(string uid) => DicomDictionary.TryGetUid(uid, out var entry) ? $"{entry.Name} ({uid})" : uid;
}
