using System.Net;
using PacsLab.Interop.Tests.Network;
using PacsLab.TestKit;

namespace PacsLab.Interop.Tests.Pacs;

/// <summary>
/// The PACS's peer-host check with the AE table giving the host by name, as administrators often do: DCMTK's
/// echoscu connects from this machine; the name is looked up, and a name that does not resolve is a rejection whose
/// reason the association log gives.
/// </summary>
public sealed class DcmtkPeerHostCheckTests
{
    private static Task<PacsUnderTest> PacsExpectingFindscuAtAsync(string host) => PacsUnderTest.StartAsync(new Dictionary<string, string?>
    {
        ["Pacs:CheckPeerHost"] = "true",
        // KnownCallingAes[1] is FINDSCU.
        ["Pacs:KnownAes:1:Host"] = host,
    });

    private static Task<ProcessResult> EchoAsFindscuAsync(string echoscu, PacsUnderTest pacs) =>
        DcmtkNetworkTools.RunAsync(echoscu, ["-v", "-aet", "FINDSCU", "-aec", PacsUnderTest.AeTitle, "127.0.0.1", pacs.PortText]);

    [SkippableFact]
    public async Task Echo_AeTableHostIsThisMachinesName_Accepted()
    {
        var echoscu = DcmtkNetworkTools.EchoScu();
        await using var pacs = await PacsExpectingFindscuAtAsync(Dns.GetHostName());

        var result = await EchoAsFindscuAsync(echoscu, pacs);

        Assert.True(result.Succeeded, result.Describe());
        var association = await pacs.AssociationAsync(a => a.CallingAeTitle == "FINDSCU", "echoscu's association");
        Assert.True(association.Accepted, association.RejectReason);
    }

    [SkippableFact]
    public async Task Echo_AeTableHostDoesNotResolve_RejectedWithTheReasonLogged()
    {
        var echoscu = DcmtkNetworkTools.EchoScu();
        await using var pacs = await PacsExpectingFindscuAtAsync("ct-room1.invalid");

        var result = await EchoAsFindscuAsync(echoscu, pacs);

        Assert.False(result.Succeeded, $"echoscu should have been rejected:\n{result.Describe()}");
        Assert.Contains("Association Rejected", result.AllOutput());
        var association = await pacs.AssociationAsync(a => a.CallingAeTitle == "FINDSCU", "echoscu's rejected association");
        Assert.False(association.Accepted);
        Assert.Contains("'ct-room1.invalid', could not be resolved", association.RejectReason);
    }
}
