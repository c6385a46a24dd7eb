using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PacsLab.Department.Ris.Orders;
using PacsLab.Dicom;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Query;

namespace PacsLab.Department.Ris.Worklist;

/// <summary>
/// The Modality Worklist SCP (PS3.4 Annex K, SOP class 1.2.840.10008.5.1.4.31): every order is one worklist item,
/// matched with the shared C-FIND rules and answered with the keys asked for, by scheduled start. An identifier it
/// cannot use is answered 0xA900 with the reason. Each query is logged with its keys and the number of matches.
/// </summary>
public sealed class WorklistFindHandler(OrderBook orders, ILogger<WorklistFindHandler>? logger = null) : ICFindHandler
{
    private readonly ILogger _logger = logger ?? NullLogger<WorklistFindHandler>.Instance;

    public async IAsyncEnumerable<DicomDataset> FindAsync(DimseRequestContext context, DimseCommand request, DicomDataset identifier,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (context.PresentationContext.AbstractSyntax != WorklistSyntaxes.ModalityWorklistFind)
        {
            var reason = $"C-FIND was sent on the presentation context for {context.PresentationContext.AbstractSyntax}; this RIS answers only "
                         + $"Modality Worklist queries ({WorklistSyntaxes.ModalityWorklistFind}). Query the PACS for studies.";
            WorklistLog.QueryRefused(_logger, context.CallingAeTitle, DimseStatus.SopClassNotSupported.ToString(), reason);
            throw new DimseStatusException(DimseStatus.SopClassNotSupported, reason);
        }
        IReadOnlyList<DicomDataset> answers;
        try
        {
            answers = await FindAsync(identifier, context.CallingAeTitle, cancellationToken).ConfigureAwait(false);
        }
        catch (DicomQueryException ex)
        {
            throw new DimseStatusException(DimseStatus.DataSetDoesNotMatchSopClass, ErrorComment(ex));
        }
        foreach (var answer in answers) yield return answer;
    }

    /// <summary>
    /// The Error Comment (0000,0902) is an LO of at most 64 characters, so it leads with the key and its value; the
    /// whole explanation is in the RIS log.
    /// </summary>
    private static string ErrorComment(DicomQueryException ex)
    {
        var key = ex.Keyword.Length > 0 ? ex.Keyword : ex.Tag.ToString();
        return ex.Value is null ? $"{key}: {ex.Problem}" : $"{key}='{ex.Value}': {ex.Problem}";
    }

    /// <summary>
    /// The worklist as a modality sending <paramref name="identifier"/> would get it (also for the console and tests).
    /// Throws <see cref="DicomQueryException"/> for an identifier that cannot be used, after logging it.
    /// </summary>
    public async Task<IReadOnlyList<DicomDataset>> FindAsync(DicomDataset identifier, string callingAeTitle, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        var keys = WorklistKeyText.Describe(identifier);
        WorklistQuery query;
        try
        {
            query = WorklistQuery.Parse(identifier);
        }
        catch (DicomQueryException ex)
        {
            WorklistLog.QueryRefused(_logger, callingAeTitle, DimseStatus.DataSetDoesNotMatchSopClass.ToString(), ex.Message);
            throw;
        }
        if (query.IgnoredKeys.Count > 0) WorklistLog.KeysIgnored(_logger, callingAeTitle, string.Join(", ", query.IgnoredKeys));
        var answers = new List<DicomDataset>();
        foreach (var order in await orders.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var item = WorklistItemBuilder.Build(order);
            if (query.Includes(order, item)) answers.Add(query.Answer(item));
        }
        WorklistLog.QueryAnswered(_logger, callingAeTitle, keys, answers.Count,
            query.AsksForStatus ? "as the query asks" : "SCHEDULED and STARTED steps only (the query names no Scheduled Procedure Step Status)");
        return answers;
    }
}
