using PacsLab.Department.Configuration;
using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Dimse;

namespace PacsLab.Department.Modalities;

/// <summary>
/// C-ECHO as the device: opens an association with the device's own AE title to the peer's called AE title, so a
/// success proves the host, the port and both titles that sending or querying will use.
/// </summary>
public static class EchoVerifier
{
    /// <param name="role">What the peer is to the device ("destination", "worklist", "PACS"), for the message.</param>
    public static async Task<VerificationResult> EchoAsync(string role, DicomNode peer, string callingAeTitle, TimeSpan connectTimeout,
        CancellationToken cancellationToken)
    {
        if (PortRule.RemoteProblem(peer.Port) is { } portProblem)
        {
            var error = new DeviceError(DeviceErrorKind.NotConfigured, $"{role} port {peer.Port} is not usable", $"The {role} is not set up: {portProblem}.");
            return new VerificationResult(role, peer, callingAeTitle, false, $"Verify {role} {peer} failed: {error.Message}", error);
        }
        var options = new DicomClientOptions
        {
            Host = peer.Host, Port = peer.Port, CallingAeTitle = callingAeTitle, CalledAeTitle = peer.AeTitle, ConnectTimeout = connectTimeout,
        };
        try
        {
            await using var client = await DicomClient.ConnectAsync(options,
                DicomClient.Proposals([(ModalitySyntaxes.Verification, ModalitySyntaxes.CommandTransferSyntaxes)]), cancellationToken).ConfigureAwait(false);
            var response = await client.EchoAsync(cancellationToken).ConfigureAwait(false);
            await client.ReleaseAsync(cancellationToken).ConfigureAwait(false);
            if (response.Status.IsSuccess)
            {
                return new VerificationResult(role, peer, callingAeTitle, true,
                    $"Verify {role} {peer}: C-ECHO succeeded (status {response.Status}) calling as {callingAeTitle}. The {role} is reachable and accepts this device.", null);
            }
            var failed = new DeviceError(DeviceErrorKind.FailureStatus,
                $"{peer.AeTitle} answered C-ECHO with {StatusWording.Describe(response.Status, DimseCommandField.CEchoRsp, response.ErrorComment)}",
                $"{peer.AeTitle} accepted the association but does not answer verification normally; its log says why.");
            return new VerificationResult(role, peer, callingAeTitle, false, $"Verify {role} {peer} failed: {failed.Message}", failed);
        }
        catch (Exception ex) when (ex is DicomNetworkException or TimeoutException or IOException)
        {
            var error = NetworkErrorWording.Describe(ex, peer, callingAeTitle);
            return new VerificationResult(role, peer, callingAeTitle, false, $"Verify {role} {peer} failed: {error.Message}", error);
        }
    }
}
