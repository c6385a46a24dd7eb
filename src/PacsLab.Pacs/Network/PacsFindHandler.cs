using System.Runtime.CompilerServices;
using PacsLab.Dicom;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Query;
using PacsLab.Pacs.Query;

namespace PacsLab.Pacs.Network;

/// <summary>
/// The PACS's C-FIND SCP for the Patient Root and Study Root models. An identifier it cannot use is answered
/// 0xA900 with the reason; an AE the table says may not query gets 0x0124.
/// </summary>
public sealed class PacsFindHandler(PacsQueryService queries, AeDirectory directory) : ICFindHandler
{
    public async IAsyncEnumerable<DicomDataset> FindAsync(DimseRequestContext context, DimseCommand request, DicomDataset identifier,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (context.PresentationContext.AbstractSyntax is not (PacsSyntaxes.PatientRootFind or PacsSyntaxes.StudyRootFind))
            throw new DimseStatusException(DimseStatus.SopClassNotSupported,
                $"C-FIND was sent on the presentation context for {context.PresentationContext.AbstractSyntax}, which is not a FIND model");
        PacsPermissions.Require(directory, context.CallingAeTitle, ae => ae.MayQuery, "query");
        var model = Model(context.PresentationContext.AbstractSyntax);
        DicomQuery query;
        try
        {
            query = DicomQuery.Parse(identifier);
            QueryLevels.Parse(query.QueryRetrieveLevel, model);
        }
        catch (Exception ex) when (ex is DicomQueryException or QueryRefusedException)
        {
            throw new DimseStatusException(DimseStatus.DataSetDoesNotMatchSopClass, ex.Message);
        }
        await foreach (var match in queries.FindAsync(query, model, cancellationToken).ConfigureAwait(false))
            yield return match.Response;
    }

    internal static QueryModel Model(string abstractSyntax) => abstractSyntax switch
    {
        PacsSyntaxes.PatientRootFind or PacsSyntaxes.PatientRootMove or PacsSyntaxes.PatientRootGet => QueryModel.PatientRoot,
        _ => QueryModel.StudyRoot,
    };
}
