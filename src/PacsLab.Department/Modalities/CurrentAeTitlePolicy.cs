using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Department.Modalities;

/// <summary>
/// The association policy of a device's C-ECHO SCP: the called AE title must be the device's title as the service
/// menu has it right now (so an edit applies to the next association); only Verification is accepted.
/// </summary>
internal sealed class CurrentAeTitlePolicy(Func<string> aeTitle) : IAssociationPolicy
{
    private static readonly IReadOnlyList<SupportedSyntax> Syntaxes =
        [new SupportedSyntax(ModalitySyntaxes.Verification, ModalitySyntaxes.CommandTransferSyntaxes)];

    public AssociationDecision Decide(AAssociateRq request, AssociationPeer peer) =>
        new AssociationPolicy { AeTitle = aeTitle(), SupportedSyntaxes = Syntaxes, RejectWhenNoContextAccepted = true }.Decide(request, peer);
}
