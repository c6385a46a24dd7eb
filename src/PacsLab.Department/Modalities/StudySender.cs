using PacsLab.Department.Configuration;
using PacsLab.Dicom;
using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Department.Modalities;

/// <summary>
/// One send attempt of a job (PS3.4 Annex B, as SCU): one association proposing each SOP class of the images not yet
/// delivered, one C-STORE per image, each response kept as that image's result. Images already delivered are not
/// sent again.
/// </summary>
public static class StudySender
{
    public static async Task<SendAttemptOutcome> SendAsync(SendJob job, string folder, DicomNode destination, string callingAeTitle,
        TimeSpan connectTimeout, CancellationToken cancellationToken)
    {
        var results = job.Instances.ToList();
        var pending = Enumerable.Range(0, results.Count).Where(i => !results[i].IsDelivered).ToList();
        if (pending.Count == 0) return new SendAttemptOutcome(results, null);
        if (PortRule.RemoteProblem(destination.Port) is { } portProblem)
            return new SendAttemptOutcome(results, new DeviceError(DeviceErrorKind.NotConfigured, $"destination port {destination.Port} is not usable",
                $"The destination is not set up: {portProblem} in the service menu."));

        var proposals = Proposals(pending.Select(i => results[i]));
        var options = new DicomClientOptions
        {
            Host = destination.Host, Port = destination.Port, CallingAeTitle = callingAeTitle, CalledAeTitle = destination.AeTitle,
            ConnectTimeout = connectTimeout,
        };
        DicomClient client;
        try
        {
            client = await DicomClient.ConnectAsync(options, proposals, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DicomNetworkException or TimeoutException or IOException)
        {
            return new SendAttemptOutcome(results, NetworkErrorWording.Describe(ex, destination, callingAeTitle));
        }

        DeviceError? broken = null;
        DeviceError? noContext = null;
        await using (client.ConfigureAwait(false))
        {
            foreach (var index in pending)
            {
                var instance = results[index];
                if (client.Association.FindContext(instance.SopClassUid) is null)
                {
                    var terms = $"no presentation context accepted for {ModalitySyntaxes.Name(instance.SopClassUid)} by {destination.AeTitle}" +
                        ContextRefusal(client, proposals, instance.SopClassUid);
                    noContext ??= new DeviceError(DeviceErrorKind.NoPresentationContext, terms,
                        $"{destination.AeTitle} does not take {ModalitySyntaxes.Name(instance.SopClassUid)} objects from this device. " +
                        $"Check that {destination.AeTitle} is configured to accept this SOP class and its transfer syntaxes.");
                    results[index] = instance with { State = InstanceSendState.Failed, Status = null, Message = terms };
                    continue;
                }
                DicomFile file;
                try
                {
                    file = await DicomFile.OpenAsync(Path.Combine(folder, instance.FileName), cancellationToken: cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DicomFormatException)
                {
                    results[index] = instance with { State = InstanceSendState.Failed, Status = null, Message = $"the image file cannot be read: {ex.Message}" };
                    continue;
                }
                try
                {
                    var response = await client.StoreAsync(file, cancellationToken).ConfigureAwait(false);
                    var status = response.Status;
                    results[index] = instance with
                    {
                        State = status.IsSuccess ? InstanceSendState.Sent
                            : status.Category == DimseStatusCategory.Warning ? InstanceSendState.SentWithWarning
                            : InstanceSendState.Failed,
                        Status = status.ToString(),
                        Message = StatusWording.Describe(status, DimseCommandField.CStoreRsp, response.ErrorComment),
                    };
                }
                catch (Exception ex) when (ex is DicomNetworkException or TimeoutException or IOException)
                {
                    broken = NetworkErrorWording.Describe(ex, destination, callingAeTitle);
                    results[index] = instance with { State = InstanceSendState.Failed, Status = null, Message = broken.DicomTerms };
                    break;
                }
            }
            if (broken is null)
            {
                try
                {
                    await client.ReleaseAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is DicomNetworkException or TimeoutException or IOException)
                {
                    // Every response came already; a release that goes wrong loses nothing.
                }
            }
        }
        return new SendAttemptOutcome(results, broken ?? noContext ?? RefusedImages(results, pending, destination, callingAeTitle));
    }

    /// <summary>One context per SOP class, offering each image's own transfer syntax and the uncompressed little-endian ones.</summary>
    private static IReadOnlyList<PresentationContextProposal> Proposals(IEnumerable<InstanceSendResult> instances) =>
        DicomClient.Proposals(instances
            .GroupBy(i => i.SopClassUid, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<string>)g
                .SelectMany(i => StoreSyntaxChoice.Propose(DicomTransferSyntax.FromUid(i.TransferSyntaxUid)))
                .Distinct(StringComparer.Ordinal).ToList())));

    /// <summary>The peer's answer to the context, e.g. " (presentation context result 3: abstract syntax not supported)" (PS3.8 Table 9-18).</summary>
    private static string ContextRefusal(DicomClient client, IReadOnlyList<PresentationContextProposal> proposals, string sopClassUid)
    {
        var id = proposals.FirstOrDefault(p => p.AbstractSyntax == sopClassUid)?.Id;
        var result = client.Association.Acceptance?.PresentationContexts.FirstOrDefault(r => r.Id == id)?.Result;
        return result switch
        {
            PresentationContextResultCode.UserRejection => " (presentation context result 1: user rejection)",
            PresentationContextResultCode.NoReason => " (presentation context result 2: no reason, provider rejection)",
            PresentationContextResultCode.AbstractSyntaxNotSupported => " (presentation context result 3: abstract syntax not supported)",
            PresentationContextResultCode.TransferSyntaxesNotSupported => " (presentation context result 4: transfer syntaxes not supported)",
            _ => "",
        };
    }

    /// <summary>The job's error when images got a failure status: how many, the first status, and what it means.</summary>
    private static DeviceError? RefusedImages(IReadOnlyList<InstanceSendResult> results, IReadOnlyList<int> attempted, DicomNode destination, string callingAeTitle)
    {
        var failed = attempted.Select(i => results[i]).Where(r => r.State == InstanceSendState.Failed).ToList();
        if (failed.Count == 0) return null;
        var first = failed.FirstOrDefault(f => f.Status is not null) ?? failed[0];
        var plain = first.Status is { } code && ushort.TryParse(code.AsSpan(2), System.Globalization.NumberStyles.HexNumber, null, out var value)
            ? StatusWording.StorePlainWords(new DimseStatus(value), destination, callingAeTitle)
            : $"Some image files of this job cannot be read from the device's data directory; they cannot be sent until they are restored.";
        var kind = first.Status is null ? DeviceErrorKind.FileMissing : DeviceErrorKind.FailureStatus;
        var terms = first.Status is null
            ? $"{failed.Count} of {results.Count} images could not be sent: {first.Message}"
            : $"{destination.AeTitle} refused {failed.Count} of {results.Count} images: C-STORE status {first.Message}";
        return new DeviceError(kind, terms, plain);
    }
}
