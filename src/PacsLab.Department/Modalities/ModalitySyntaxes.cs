using PacsLab.Dicom;

namespace PacsLab.Department.Modalities;

/// <summary>The SOP classes a modality uses besides storage, and the transfer syntaxes it proposes for commands.</summary>
public static class ModalitySyntaxes
{
    public const string Verification = "1.2.840.10008.1.1";

    /// <summary>Modality Worklist Information Model - FIND (PS3.4 K.6.1).</summary>
    public const string ModalityWorklistFind = "1.2.840.10008.5.1.4.31";

    public static IReadOnlyList<string> CommandTransferSyntaxes { get; } =
        [DicomTransferSyntax.ExplicitVRLittleEndian.Uid, DicomTransferSyntax.ImplicitVRLittleEndian.Uid];

    /// <summary>"CT Image Storage (1.2.840.10008.5.1.4.1.1.2)" for a registry UID, else the UID itself.</summary>
    public static string Name(string uid) => DicomDictionary.TryGetUid(uid, out var entry) ? entry.Name : uid;
}
