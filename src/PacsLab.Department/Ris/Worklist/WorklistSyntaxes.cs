using PacsLab.Dicom;
using PacsLab.Dicom.Network.Association;

namespace PacsLab.Department.Ris.Worklist;

/// <summary>What the worklist SCP accepts: Verification and Modality Worklist Information Model - FIND (PS3.4 K.6.1), nothing else.</summary>
public static class WorklistSyntaxes
{
    public const string Verification = "1.2.840.10008.1.1";
    public const string ModalityWorklistFind = "1.2.840.10008.5.1.4.31";

    public static IReadOnlyList<string> TransferSyntaxes { get; } =
        [DicomTransferSyntax.ExplicitVRLittleEndian.Uid, DicomTransferSyntax.ImplicitVRLittleEndian.Uid];

    public static IReadOnlyList<SupportedSyntax> All { get; } =
        [new SupportedSyntax(Verification, TransferSyntaxes), new SupportedSyntax(ModalityWorklistFind, TransferSyntaxes)];

    /// <summary>
    /// The RIS's association policy: the called AE title must be <paramref name="aeTitle"/> (otherwise A-ASSOCIATE-RJ
    /// source 1, reason 7, with the reason in words); any calling AE may query, as a department worklist allows.
    /// </summary>
    public static AssociationPolicy Policy(string aeTitle) => new()
    {
        AeTitle = aeTitle,
        CheckCalledAeTitle = true,
        CheckCallingAeTitle = false,
        SupportedSyntaxes = All,
    };
}
