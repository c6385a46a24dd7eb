using System.Net;
using System.Net.Sockets;
using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.TestKit;

namespace PacsLab.Tests.Cli;

public class DicomEchoCommandTests
{
    [Fact]
    public async Task Echo_ToHarnessScp_PrintsSuccessAndExitsZero()
    {
        await using var scp = new ScpHarness();

        var run = await CommandLineRun.InvokeAsync("dicom", "echo", "-aec", ScpHarness.AeTitle, "127.0.0.1", $"{scp.Port}");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.Matches($@"^C-ECHO to PACSLAB at 127\.0\.0\.1:{scp.Port}: success \(status 0x0000\) in \d+ ms\r?\n$", run.Output);
        var record = await scp.NextRecordAsync();
        Assert.Equal("PACSLAB_SCU", record.CallingAeTitle);
        Assert.Equal(AssociationOutcomeKind.Released, record.Outcome.Kind);
    }

    [Fact]
    public async Task Echo_Repeat_SendsThatManyEchoesOnOneAssociation()
    {
        await using var scp = new ScpHarness();

        var run = await CommandLineRun.InvokeAsync("dicom", "echo", "-aet", "CT_ROOM1", "-aec", "PACSLAB", "--repeat", "3", "127.0.0.1", $"{scp.Port}");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("C-ECHO 3 of 3 to PACSLAB", lines[2], StringComparison.Ordinal);
        var record = await scp.NextRecordAsync();
        Assert.Equal("CT_ROOM1", record.CallingAeTitle);
        Assert.Equal(3, record.Operations.Count(o => o.Operation == DimseCommandField.CEchoRq));
    }

    [Fact]
    public async Task Echo_CallingAeTheScpDoesNotKnow_FailsNamingTheAeAndReason3()
    {
        await using var scp = new ScpHarness(ScpHarness.AcceptAll(checkCallingAe: true, new KnownPeer("KNOWN")));

        var run = await CommandLineRun.InvokeAsync("dicom", "echo", "-aet", "STRANGER", "-aec", "PACSLAB", "127.0.0.1", $"{scp.Port}");

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.StartsWith($"C-ECHO to PACSLAB at 127.0.0.1:{scp.Port} as STRANGER failed: Association rejected permanently", run.Error, StringComparison.Ordinal);
        Assert.Contains("source 1, reason 3", run.Error, StringComparison.Ordinal);
        Assert.Contains("This side called itself 'STRANGER' (-aet)", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Echo_DefaultCalledAe_IsAnyScpAndTheHarnessRejectsItWithReason7()
    {
        await using var scp = new ScpHarness();

        var run = await CommandLineRun.InvokeAsync("dicom", "echo", "127.0.0.1", $"{scp.Port}");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("source 1, reason 7", run.Error, StringComparison.Ordinal);
        Assert.Contains("This side asked for 'ANY-SCP' (-aec)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Echo_ClosedPort_SaysConnectionRefused()
    {
        int port;
        await using (var scp = new ScpHarness()) port = scp.Port;

        var run = await CommandLineRun.InvokeAsync("dicom", "echo", "-aec", "PACSLAB", "127.0.0.1", $"{port}");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"Cannot reach 127.0.0.1:{port} (connection refused: nothing is listening on that port)", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Echo_PeerThatNeverAnswers_SaysItTimedOut()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;

        var run = await CommandLineRun.InvokeAsync("dicom", "echo", "-ta", "1", "127.0.0.1", $"{port}");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("did not answer the association request within 1 s", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("70000")]
    public async Task Echo_PortThatIsNotAPort_IsRefusedBeforeConnecting(string port)
    {
        var run = await CommandLineRun.InvokeAsync("dicom", "echo", "127.0.0.1", port);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains($"PORT must be a whole number from 1 to 65535, not '{port}'.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Echo_AeTitleLongerThan16_IsRefusedBeforeConnecting()
    {
        var run = await CommandLineRun.InvokeAsync("dicom", "echo", "-aet", "A_TITLE_THAT_IS_TOO_LONG", "127.0.0.1", "104");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("-aet 'A_TITLE_THAT_IS_TOO_LONG' has 24 characters, more than 16", run.Error, StringComparison.Ordinal);
    }
}
