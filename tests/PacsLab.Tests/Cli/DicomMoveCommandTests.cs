using PacsLab.TestKit;

namespace PacsLab.Tests.Cli;

public sealed class DicomMoveCommandTests
{
    [Fact]
    public async Task Move_ToAKnownDestination_DeliversTheInstancesAndPrintsTheCounts()
    {
        await using var archive = new ScpHarness();
        await using var destination = new ScpHarness(aeTitle: "DEST");
        archive.AddMoveDestination("DEST", destination.Port);
        var seeded = await QueryRetrieveSeed.AddStudyAsync(archive, "P1", "1.2.3.9", 3);
        await QueryRetrieveSeed.AddStudyAsync(archive, "P2", "1.2.3.10", 1);

        var run = await CommandLineRun.InvokeAsync("dicom", "move", "-aec", "PACSLAB", "-aem", "DEST", "127.0.0.1", $"{archive.Port}",
            "-k", "StudyInstanceUID=1.2.3.9");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        var lines = run.Output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"Asking PACSLAB at 127.0.0.1:{archive.Port} as PACSLAB_SCU to send the matches (Study Root, STUDY level) to DEST.", lines[0]);
        Assert.Equal("C-MOVE in progress: remaining 2, completed 1, failed 0, warning 0", lines[1]);
        Assert.Equal("C-MOVE in progress: remaining 1, completed 2, failed 0, warning 0", lines[2]);
        Assert.Equal("C-MOVE to DEST: success (status 0x0000); completed 3, failed 0, warning 0", lines[^1]);
        Assert.Equal(seeded.Order(StringComparer.Ordinal).ToList(), await QueryRetrieveSeed.StoredUidsAsync(destination));
    }

    [Fact]
    public async Task Move_ToAnUnknownDestination_ExplainsA801AndExitsOne()
    {
        await using var archive = new ScpHarness();
        await QueryRetrieveSeed.AddStudyAsync(archive, "P1", "1.2.3.9", 1);

        var run = await CommandLineRun.InvokeAsync("dicom", "move", "-aec", "PACSLAB", "-aem", "NOWHERE", "127.0.0.1", $"{archive.Port}",
            "-k", "StudyInstanceUID=1.2.3.9");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("C-MOVE to NOWHERE: refused: move destination unknown", run.Error, StringComparison.Ordinal);
        Assert.Contains("(status 0xA801)", run.Error, StringComparison.Ordinal);
        Assert.Contains("'NOWHERE' is not in the AE table", run.Error, StringComparison.Ordinal);
        Assert.Contains("every destination must be in PACSLAB's AE table with its host and port", run.Error, StringComparison.Ordinal);
        Assert.Contains("Check -aem", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Move_DestinationDown_ReportsTheFailedCountAndWhatToCheck()
    {
        await using var archive = new ScpHarness();
        await QueryRetrieveSeed.AddStudyAsync(archive, "P1", "1.2.3.9", 2);
        int deadPort;
        await using (var gone = new ScpHarness(aeTitle: "DEST")) deadPort = gone.Port;
        archive.AddMoveDestination("DEST", deadPort);

        var run = await CommandLineRun.InvokeAsync("dicom", "move", "-aec", "PACSLAB", "-aem", "DEST", "127.0.0.1", $"{archive.Port}",
            "-k", "StudyInstanceUID=1.2.3.9");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("(status 0xA702)", run.Error, StringComparison.Ordinal);
        Assert.Contains("failed 2", run.Error, StringComparison.Ordinal);
        Assert.Contains("2 instances did not reach 'DEST'", run.Error, StringComparison.Ordinal);
        Assert.Contains("check that DEST is running and listening there", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Move_WithoutADestination_IsAParseErrorNamingAem()
    {
        var run = await CommandLineRun.InvokeAsync("dicom", "move", "-aec", "PACSLAB", "127.0.0.1", "104", "-k", "StudyInstanceUID=1.2.3.9");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("-aem", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Move_PeerWithoutThatModel_SaysSoAndSuggestsTheOther()
    {
        var studyRootOnly = ScpHarness.AcceptAll() with
        {
            SupportedSyntaxes = ScpHarness.AcceptAll().SupportedSyntaxes.Where(s => s.AbstractSyntax != "1.2.840.10008.5.1.4.1.2.1.2").ToList(),
        };
        await using var archive = new ScpHarness(studyRootOnly);

        var run = await CommandLineRun.InvokeAsync("dicom", "move", "-P", "-aec", "PACSLAB", "-aem", "DEST", "127.0.0.1", $"{archive.Port}",
            "-k", "PatientID=P1");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not the presentation context for Patient Root Query/Retrieve Information Model - MOVE", run.Error, StringComparison.Ordinal);
        Assert.Contains("Try -S (Study Root)", run.Error, StringComparison.Ordinal);
    }
}
