using PacsLab.Dicom;
using PacsLab.Dicom.Network.Association;

namespace PacsLab.Department.Workstation;

/// <summary>What the workstation accepts (verification and every storage SOP class) and the Study Root models it uses (PS3.4 C.6.2).</summary>
public static class WorkstationSyntaxes
{
    public const string Verification = "1.2.840.10008.1.1";
    public const string StudyRootFind = "1.2.840.10008.5.1.4.1.2.2.1";
    public const string StudyRootMove = "1.2.840.10008.5.1.4.1.2.2.2";
    private const string MediaStorageDirectoryStorage = "1.2.840.10008.1.3.10";

    public static IReadOnlyList<string> CommandTransferSyntaxes { get; } =
        [DicomTransferSyntax.ExplicitVRLittleEndian.Uid, DicomTransferSyntax.ImplicitVRLittleEndian.Uid];

    /// <summary>Images are kept as they arrive: uncompressed syntaxes, and compressed ones byte for byte.</summary>
    public static IReadOnlyList<string> StorageTransferSyntaxes { get; } =
    [
        DicomTransferSyntax.ExplicitVRLittleEndian.Uid, DicomTransferSyntax.ImplicitVRLittleEndian.Uid,
        DicomTransferSyntax.ExplicitVRBigEndian.Uid, DicomTransferSyntax.DeflatedExplicitVRLittleEndian.Uid,
        DicomTransferSyntax.JpegBaseline.Uid, DicomTransferSyntax.JpegExtended.Uid, DicomTransferSyntax.JpegLosslessSV1.Uid,
        DicomTransferSyntax.JpegLsLossless.Uid, DicomTransferSyntax.Jpeg2000Lossless.Uid, DicomTransferSyntax.Jpeg2000.Uid,
        DicomTransferSyntax.RleLossless.Uid,
    ];

    /// <summary>Verification, then every storage SOP class of the registry (not Storage Commitment, not the DICOMDIR class).</summary>
    public static IReadOnlyList<SupportedSyntax> Accepted { get; } =
        new[] { new SupportedSyntax(Verification, CommandTransferSyntaxes) }
            .Concat(DicomDictionary.Uids
                .Where(u => u.Type == "SOP Class" && u.Keyword.Contains("Storage", StringComparison.Ordinal)
                            && !u.Keyword.StartsWith("StorageCommitment", StringComparison.Ordinal) && u.Uid != MediaStorageDirectoryStorage)
                .Select(u => new SupportedSyntax(u.Uid, StorageTransferSyntaxes)))
            .ToList();
}
