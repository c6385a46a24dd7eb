using PacsLab.Dicom.Network.Dimse;
using PacsLab.Pacs.Network;

namespace PacsLab.Pacs.Hosting;

/// <summary>The PACS's DIMSE services, put together for its listener.</summary>
public sealed class PacsDicomHandlers(PacsStoreHandler store, PacsFindHandler find, PacsRetrieveHandler retrieve, PacsMoveDestinations moveDestinations)
{
    public DimseServiceHandlers Build(string aeTitle) => new()
    {
        Store = store,
        Find = find,
        Retrieve = retrieve,
        MoveDestinations = moveDestinations,
        MoveOriginatorAeTitle = aeTitle,
    };
}
