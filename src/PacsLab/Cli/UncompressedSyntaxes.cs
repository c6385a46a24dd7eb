using PacsLab.Dicom;

namespace PacsLab.Cli;

/// <summary>What find, move and get propose, for their query/retrieve contexts and get for its storage ones: explicit VR little endian first, then the default one every peer takes (PS3.5 10.1).</summary>
internal static class UncompressedSyntaxes
{
    public static IReadOnlyList<string> Proposed { get; } =
        [DicomTransferSyntax.ExplicitVRLittleEndian.Uid, DicomTransferSyntax.ImplicitVRLittleEndian.Uid];
}
