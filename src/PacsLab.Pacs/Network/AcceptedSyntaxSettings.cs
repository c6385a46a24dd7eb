using PacsLab.Dicom;
using PacsLab.Dicom.Network.Association;
using PacsLab.Pacs.Index;

namespace PacsLab.Pacs.Network;

/// <summary>
/// The storage SOP classes and transfer syntaxes an administrator has told the PACS to refuse, and what that leaves
/// for association negotiation: a refused SOP class is answered "abstract syntax not supported" (3), a storage
/// context left with no transfer syntax "transfer syntaxes not supported" (4) (PS3.8 Table 9-18).
/// </summary>
public static class AcceptedSyntaxSettings
{
    public static IReadOnlyList<string> RefusedSopClasses(PacsSettingsRecord settings) => Split(settings.RefusedSopClasses);

    public static IReadOnlyList<string> RefusedTransferSyntaxes(PacsSettingsRecord settings) => Split(settings.RefusedTransferSyntaxes);

    /// <summary>The PACS's supported syntaxes without the refused ones; verification and query/retrieve are never touched.</summary>
    public static IReadOnlyList<SupportedSyntax> Apply(IReadOnlyList<SupportedSyntax> all, PacsSettingsRecord settings)
    {
        var sopClasses = RefusedSopClasses(settings).ToHashSet(StringComparer.Ordinal);
        var syntaxes = RefusedTransferSyntaxes(settings).ToHashSet(StringComparer.Ordinal);
        if (sopClasses.Count == 0 && syntaxes.Count == 0) return all;
        var storage = PacsSyntaxes.StorageSopClasses().ToHashSet(StringComparer.Ordinal);
        return all.Where(s => !sopClasses.Contains(s.AbstractSyntax))
            .Select(s => storage.Contains(s.AbstractSyntax) && syntaxes.Count > 0
                ? s with { TransferSyntaxes = s.TransferSyntaxes.Where(ts => !syntaxes.Contains(ts)).ToList() }
                : s)
            .ToList();
    }

    /// <summary>Checks each UID is a storage SOP class (or storage transfer syntax) the PACS knows; throws <see cref="ArgumentException"/> naming the first that is not.</summary>
    public static IReadOnlyList<string> CheckSopClasses(IEnumerable<string>? uids)
    {
        var storage = PacsSyntaxes.StorageSopClasses().ToHashSet(StringComparer.Ordinal);
        return Check(uids, storage, "SOP class", "a storage SOP class the PACS accepts (e.g. 1.2.840.10008.5.1.4.1.1.6.1 Ultrasound Image Storage)");
    }

    public static IReadOnlyList<string> CheckTransferSyntaxes(IEnumerable<string>? uids) =>
        Check(uids, PacsSyntaxes.StorageTransferSyntaxes.ToHashSet(StringComparer.Ordinal), "transfer syntax",
            "a transfer syntax the PACS stores (e.g. 1.2.840.10008.1.2.1 Explicit VR Little Endian)");

    public static string Join(IEnumerable<string> uids) => string.Join('\n', uids);

    /// <summary>"Ultrasound Image Storage (1.2.840...)" or the bare UID when the dictionary has no name for it.</summary>
    public static string Name(string uid) => DicomDictionary.TryGetUid(uid, out var entry) ? $"{entry.Name} ({uid})" : uid;

    private static IReadOnlyList<string> Check(IEnumerable<string>? uids, HashSet<string> known, string what, string expected)
    {
        var list = new List<string>();
        foreach (var raw in uids ?? [])
        {
            var uid = (raw ?? "").Trim();
            if (!known.Contains(uid))
                throw new ArgumentException($"'{uid}' is not {expected}. Nothing was changed; check the {what} UID (PS3.6 Annex A lists them).");
            if (!list.Contains(uid, StringComparer.Ordinal)) list.Add(uid);
        }
        return list;
    }

    private static IReadOnlyList<string> Split(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
