using PacsLab.Dicom;
using PacsLab.Dicom.Network.Association;

namespace PacsLab.Pacs.Network;

/// <summary>What the PACS accepts: verification, every storage SOP class, and the query/retrieve models (PS3.4 C.6).</summary>
public static class PacsSyntaxes
{
    public const string Verification = "1.2.840.10008.1.1";
    public const string PatientRootFind = "1.2.840.10008.5.1.4.1.2.1.1";
    public const string PatientRootMove = "1.2.840.10008.5.1.4.1.2.1.2";
    public const string PatientRootGet = "1.2.840.10008.5.1.4.1.2.1.3";
    public const string StudyRootFind = "1.2.840.10008.5.1.4.1.2.2.1";
    public const string StudyRootMove = "1.2.840.10008.5.1.4.1.2.2.2";
    public const string StudyRootGet = "1.2.840.10008.5.1.4.1.2.2.3";

    public static IReadOnlyList<string> QueryRetrieve { get; } =
        [PatientRootFind, PatientRootMove, PatientRootGet, StudyRootFind, StudyRootMove, StudyRootGet];

    /// <summary>Instances are stored as received: uncompressed syntaxes, and compressed ones kept byte for byte.</summary>
    public static IReadOnlyList<string> StorageTransferSyntaxes { get; } =
    [
        DicomTransferSyntax.ExplicitVRLittleEndian.Uid, DicomTransferSyntax.ImplicitVRLittleEndian.Uid,
        DicomTransferSyntax.ExplicitVRBigEndian.Uid, DicomTransferSyntax.DeflatedExplicitVRLittleEndian.Uid,
        DicomTransferSyntax.JpegBaseline.Uid, DicomTransferSyntax.JpegExtended.Uid, DicomTransferSyntax.JpegLossless.Uid,
        DicomTransferSyntax.JpegLosslessSV1.Uid, DicomTransferSyntax.JpegLsLossless.Uid, DicomTransferSyntax.JpegLsNearLossless.Uid,
        DicomTransferSyntax.Jpeg2000Lossless.Uid, DicomTransferSyntax.Jpeg2000.Uid, DicomTransferSyntax.RleLossless.Uid,
    ];

    public static IReadOnlyList<string> CommandTransferSyntaxes { get; } =
        [DicomTransferSyntax.ExplicitVRLittleEndian.Uid, DicomTransferSyntax.ImplicitVRLittleEndian.Uid];

    /// <summary>
    /// Every SOP class of the registry whose name says Storage, "For Presentation" and "For Processing" ones (DX,
    /// MG, IO) and retired ones included, as an archive accepts what modalities send; not the DICOMDIR class and not
    /// Storage Commitment (an N-ACTION service the PACS does not offer).
    /// </summary>
    public static IEnumerable<string> StorageSopClasses() =>
        DicomDictionary.Uids.Where(u => u.Type == "SOP Class" && u.Keyword.Contains("Storage", StringComparison.Ordinal)
                                        && !u.Keyword.StartsWith("StorageCommitment", StringComparison.Ordinal)
                                        && u.Uid != MediaStorageDirectoryStorage).Select(u => u.Uid);

    private const string MediaStorageDirectoryStorage = "1.2.840.10008.1.3.10";

    public static IReadOnlyList<SupportedSyntax> All { get; } =
        new[] { new SupportedSyntax(Verification, CommandTransferSyntaxes) }
            .Concat(QueryRetrieve.Select(uid => new SupportedSyntax(uid, CommandTransferSyntaxes)))
            .Concat(StorageSopClasses().Select(uid => new SupportedSyntax(uid, StorageTransferSyntaxes)))
            .ToList();
}
