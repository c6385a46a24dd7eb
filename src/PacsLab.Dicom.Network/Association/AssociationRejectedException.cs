namespace PacsLab.Dicom.Network.Association;

/// <summary>The peer refused the association; <see cref="Rejection"/> holds its A-ASSOCIATE-RJ when it sent one.</summary>
public sealed class AssociationRejectedException(AssociationRejected? rejection, string message) : Exception(message)
{
    public AssociationRejected? Rejection { get; } = rejection;
}
