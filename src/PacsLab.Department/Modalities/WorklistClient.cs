using PacsLab.Department.Configuration;
using PacsLab.Dicom.Network.Client;

namespace PacsLab.Department.Modalities;

/// <summary>
/// The modality as a Modality Worklist SCU (PS3.4 K): one association, one C-FIND for its station AE title,
/// modality and days, the matches read into <see cref="WorklistItem"/>s. Failures become a result that says why.
/// </summary>
public static class WorklistClient
{
    public static async Task<WorklistResult> QueryAsync(DicomNode worklist, string stationAeTitle, string modality, WorklistQuery query,
        TimeSpan connectTimeout, CancellationToken cancellationToken)
    {
        if (PortRule.RemoteProblem(worklist.Port) is { } portProblem)
        {
            var error = new DeviceError(DeviceErrorKind.NotConfigured, $"worklist port {worklist.Port} is not usable",
                $"The worklist is not set up: {portProblem}. Patients can be registered by hand meanwhile.");
            return new WorklistResult(query, worklist, stationAeTitle, [], $"The worklist could not be queried: {error.Message}", error);
        }
        var options = new DicomClientOptions
        {
            Host = worklist.Host, Port = worklist.Port, CallingAeTitle = stationAeTitle, CalledAeTitle = worklist.AeTitle, ConnectTimeout = connectTimeout,
        };
        var items = new List<WorklistItem>();
        try
        {
            await using var client = await DicomClient.ConnectAsync(options,
                DicomClient.Proposals([(ModalitySyntaxes.ModalityWorklistFind, ModalitySyntaxes.CommandTransferSyntaxes)]), cancellationToken).ConfigureAwait(false);
            if (client.Association.FindContext(ModalitySyntaxes.ModalityWorklistFind) is null)
            {
                await client.ReleaseAsync(cancellationToken).ConfigureAwait(false);
                var error = new DeviceError(DeviceErrorKind.NoPresentationContext,
                    $"no presentation context accepted for {ModalitySyntaxes.Name(ModalitySyntaxes.ModalityWorklistFind)} by {worklist.AeTitle}",
                    $"{worklist} is not a worklist provider, or not for this device. Check the worklist host, port and AE title in the service menu.");
                return Failed(query, worklist, stationAeTitle, error);
            }
            await foreach (var match in client.FindAsync(ModalitySyntaxes.ModalityWorklistFind, WorklistIdentifier.Build(stationAeTitle, modality, query), cancellationToken)
                               .ConfigureAwait(false))
                items.Add(WorklistItemReader.Read(match));
            await client.ReleaseAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DicomNetworkException or TimeoutException or IOException)
        {
            return Failed(query, worklist, stationAeTitle, NetworkErrorWording.Describe(ex, worklist, stationAeTitle));
        }
        var ordered = items.OrderBy(i => i.ScheduledStart ?? DateTime.MaxValue).ThenBy(i => i.AccessionNumber, StringComparer.Ordinal).ToList();
        var summary = ordered.Count == 0
            ? $"No scheduled procedure steps for station {stationAeTitle} ({modality}) on {query} at {worklist}. If patients are expected, " +
              $"check that the RIS schedules them for '{stationAeTitle}' (the device's AE title in the service menu)."
            : $"{ordered.Count} scheduled procedure step{(ordered.Count == 1 ? "" : "s")} for station {stationAeTitle} ({modality}) on {query} from {worklist}.";
        return new WorklistResult(query, worklist, stationAeTitle, ordered, summary, null);
    }

    private static WorklistResult Failed(WorklistQuery query, DicomNode worklist, string stationAeTitle, DeviceError error) =>
        new(query, worklist, stationAeTitle, [],
            $"The worklist could not be queried: {error.Message} Patients can be registered by hand meanwhile.", error);
}
