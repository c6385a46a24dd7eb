using System.Diagnostics;
using Microsoft.Extensions.Options;
using PacsLab.Dicom.Network.Client;

namespace PacsLab.Pacs.Network;

/// <summary>What a C-ECHO from the PACS to an AE table entry showed, in words for the administrator.</summary>
public sealed record EchoCheck(string AeTitle, string Host, int Port, bool Success, string Message, long DurationMs);

/// <summary>
/// The AE table's "test" button: the PACS opens an association to the entry, as itself, and sends C-ECHO. This
/// proves the address, port and called AE title in the table, which is what a C-MOVE to that AE will use.
/// </summary>
public sealed class AeVerification(AeDirectory directory, IOptions<PacsOptions> options)
{
    public async Task<EchoCheck?> EchoAsync(string aeTitle, CancellationToken cancellationToken)
    {
        var ae = directory.Snapshot.Find(aeTitle);
        if (ae is null) return null;
        var started = Stopwatch.GetTimestamp();
        var client = new DicomClientOptions
        {
            Host = ae.Host, Port = ae.Port, CallingAeTitle = options.Value.AeTitle, CalledAeTitle = ae.AeTitle,
            ConnectTimeout = TimeSpan.FromSeconds(5),
        };
        try
        {
            await using var association = await DicomClient.ConnectAsync(client,
                DicomClient.Proposals([(PacsSyntaxes.Verification, PacsSyntaxes.CommandTransferSyntaxes)]), cancellationToken).ConfigureAwait(false);
            var response = await association.EchoAsync(cancellationToken).ConfigureAwait(false);
            await association.ReleaseAsync(cancellationToken).ConfigureAwait(false);
            var ok = response.Status.IsSuccess;
            return Check(ae.AeTitle, ae.Host, ae.Port, ok, ok
                ? $"{ae.AeTitle} at {ae.Host}:{ae.Port} answered C-ECHO with success."
                : $"{ae.AeTitle} at {ae.Host}:{ae.Port} accepted the association but answered C-ECHO with {response.Status} ({response.Status.Describe()}).", started);
        }
        catch (Exception ex) when (ex is DicomNetworkException or TimeoutException or IOException)
        {
            return Check(ae.AeTitle, ae.Host, ae.Port, false, ex.Message, started);
        }
    }

    private static EchoCheck Check(string title, string host, int port, bool success, string message, long started) =>
        new(title, host, port, success, message, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
}
