using PacsLab.Department.Configuration;
using PacsLab.Dicom;
using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Scenarios.Catalog;

namespace PacsLab.Scenarios.Runner;

/// <summary>
/// Sends a synthesized study to a DICOM node in one association, as the device whose AE title it calls with (a study
/// "already in the PACS" at setup, or a series a fault slips into a study). Any refusal stops the step with the reason.
/// </summary>
public static class PacsStoreSender
{
    public static async Task SendAsync(IReadOnlyList<DicomFile> files, DicomNode destination, string callingAeTitle, CancellationToken cancellationToken)
    {
        if (files.Count == 0) return;
        var proposals = DicomClient.Proposals(files
            .GroupBy(f => f.Dataset.GetString(DicomTags.SOPClassUID) ?? "", StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<string>)g.SelectMany(f => StoreSyntaxChoice.Propose(f.TransferSyntax)).Distinct(StringComparer.Ordinal).ToList())));
        var options = new DicomClientOptions { Host = destination.Host, Port = destination.Port, CallingAeTitle = callingAeTitle, CalledAeTitle = destination.AeTitle };
        try
        {
            await using var client = await DicomClient.ConnectAsync(options, proposals, cancellationToken).ConfigureAwait(false);
            foreach (var file in files)
            {
                var response = await client.StoreAsync(file, cancellationToken).ConfigureAwait(false);
                if (response.Status.IsFailure)
                    throw new ScenarioStepException($"{destination.AeTitle} refused an image from {callingAeTitle}: {response.Status.Describe(DimseCommandField.CStoreRsp)} {response.ErrorComment}".Trim());
            }
            await client.ReleaseAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DicomNetworkException or IOException or TimeoutException)
        {
            throw new ScenarioStepException($"sending to {destination.AeTitle} at {destination.Host}:{destination.Port} as {callingAeTitle} failed: {ex.Message}", ex);
        }
    }
}
