using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PacsLab.Dicom;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Query;
using PacsLab.Pacs.Query;

namespace PacsLab.Pacs.Network;

/// <summary>
/// The PACS's C-FIND SCP for the Patient Root and Study Root models. An identifier it cannot use is answered
/// 0xA900 with the reason; an AE the table says may not query gets 0x0124. Matches go out as 0xFF01 instead of
/// 0xFF00 when the identifier holds optional keys the PACS does not support at its level (PS3.4 C.4.1.1.4).
/// </summary>
public sealed class PacsFindHandler(PacsQueryService queries, AeDirectory directory, ILogger<PacsFindHandler>? logger = null) : ICFindHandler
{
    private readonly ILogger _logger = logger ?? NullLogger<PacsFindHandler>.Instance;

    public async IAsyncEnumerable<DicomDataset> FindAsync(DimseRequestContext context, DimseCommand request, DicomDataset identifier,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var match in FindMatchesAsync(context, request, identifier, cancellationToken).ConfigureAwait(false))
            yield return match.Identifier;
    }

    public async IAsyncEnumerable<FindMatch> FindMatchesAsync(DimseRequestContext context, DimseCommand request, DicomDataset identifier,
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
        var unsupported = queries.UnsupportedKeys(query, model);
        var status = unsupported.Count == 0 ? DimseStatus.Pending : DimseStatus.PendingWithWarnings;
        if (unsupported.Count > 0)
            PacsFindLog.OptionalKeysNotSupported(_logger, context.CallingAeTitle, query.QueryRetrieveLevel ?? "", string.Join(", ", unsupported.Select(Describe)));
        await foreach (var match in queries.FindAsync(query, model, cancellationToken).ConfigureAwait(false))
            yield return new FindMatch(match.Response, status);
    }

    internal static QueryModel Model(string abstractSyntax) => abstractSyntax switch
    {
        PacsSyntaxes.PatientRootFind or PacsSyntaxes.PatientRootMove or PacsSyntaxes.PatientRootGet => QueryModel.PatientRoot,
        _ => QueryModel.StudyRoot,
    };

    private static string Describe(DicomTag tag) => DicomDictionary.TryGet(tag, out var entry) ? $"{entry.Keyword} {tag}" : tag.ToString();
}
