using PacsLab.Dicom.Network.Dimse;

namespace PacsLab.Pacs.Network;

/// <summary>C-MOVE destinations are the AE table rows marked as move destinations; anything else is 0xA801.</summary>
public sealed class PacsMoveDestinations(AeDirectory directory) : IMoveDestinationResolver
{
    public Task<MoveDestination?> ResolveAsync(string aeTitle, CancellationToken cancellationToken)
    {
        var ae = directory.Snapshot.Find(aeTitle);
        return Task.FromResult(ae is { IsMoveDestination: true } ? new MoveDestination(ae.AeTitle, ae.Host, ae.Port) : null);
    }
}
