using System.Text.Json;
using PacsLab.Dicom;
using PacsLab.TestKit;

namespace PacsLab.Tests.Cli;

public sealed class DicomFindCommandTests
{
    [Fact]
    public async Task Find_PatientIdKey_PrintsEachSeededMatchAndTheCount()
    {
        await using var archive = new ScpHarness();
        await QueryRetrieveSeed.AddStudyAsync(archive, "P1", "1.2.3.1", 2);
        await QueryRetrieveSeed.AddStudyAsync(archive, "P2", "1.2.3.2", 1);

        var run = await CommandLineRun.InvokeAsync("dicom", "find", "-aec", "PACSLAB", "127.0.0.1", $"{archive.Port}",
            "-k", "PatientID=P1", "-k", "PatientName=", "-k", "StudyInstanceUID=");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.Contains("# Match 1", run.Output, StringComparison.Ordinal);
        Assert.Contains("# Match 2", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("# Match 3", run.Output, StringComparison.Ordinal);
        Assert.Equal(2, Count(run.Output, "(0010,0010) PN [Query^P1]"));
        Assert.Equal(2, Count(run.Output, "(0020,000d) UI [1.2.3.1]"));
        Assert.Equal(2, Count(run.Output, "(0008,0052) CS [STUDY]"));
        Assert.DoesNotContain("P2", run.Output, StringComparison.Ordinal);
        Assert.EndsWith(Environment.NewLine + "2 matches" + Environment.NewLine, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Find_TagWrittenAsGroupElement_MatchesLikeTheKeyword()
    {
        await using var archive = new ScpHarness();
        await QueryRetrieveSeed.AddStudyAsync(archive, "P1", "1.2.3.1", 2);
        await QueryRetrieveSeed.AddStudyAsync(archive, "P2", "1.2.3.2", 1);

        var run = await CommandLineRun.InvokeAsync("dicom", "find", "-aec", "PACSLAB", "127.0.0.1", $"{archive.Port}", "-k", "0010,0020=P2");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("(0010,0020) LO [P2]", run.Output, StringComparison.Ordinal);
        Assert.EndsWith(Environment.NewLine + "1 match" + Environment.NewLine, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Find_Json_PrintsADicomJsonArrayOfTheMatches()
    {
        await using var archive = new ScpHarness();
        await QueryRetrieveSeed.AddStudyAsync(archive, "P1", "1.2.3.1", 2);
        await QueryRetrieveSeed.AddStudyAsync(archive, "P2", "1.2.3.2", 1);

        var run = await CommandLineRun.InvokeAsync("dicom", "find", "--json", "-aec", "PACSLAB", "127.0.0.1", $"{archive.Port}",
            "-k", "PatientID=P1", "-k", "PatientName=");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        Assert.Equal(2, document.RootElement.GetArrayLength());
        var matches = DicomJsonReader.ReadArray(run.Output);
        Assert.All(matches, m =>
        {
            Assert.Equal("P1", m.GetString(DicomTags.PatientID));
            Assert.Equal("Query^P1", m.GetString(DicomTags.PatientName));
        });
        Assert.Equal("STUDY", document.RootElement[0].GetProperty("00080052").GetProperty("Value")[0].GetString());
    }

    [Fact]
    public async Task Find_PatientRootAtPatientLevel_SendsThatModelAndLevel()
    {
        await using var archive = new ScpHarness();
        await QueryRetrieveSeed.AddStudyAsync(archive, "P2", "1.2.3.2", 1);

        var run = await CommandLineRun.InvokeAsync("dicom", "find", "-P", "-L", "patient", "-aec", "PACSLAB", "127.0.0.1", $"{archive.Port}",
            "-k", "PatientID=P2", "-k", "PatientName");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("(0008,0052) CS [PATIENT]", run.Output, StringComparison.Ordinal);
        Assert.Contains("(0010,0010) PN [Query^P2]", run.Output, StringComparison.Ordinal);
        var record = await archive.NextRecordAsync();
        Assert.Contains(record.AcceptedContexts, c => c.AbstractSyntax == "1.2.840.10008.5.1.4.1.2.1.1");
    }

    [Fact]
    public async Task Find_NoMatch_PrintsZeroMatchesAndSucceeds()
    {
        await using var archive = new ScpHarness();
        await QueryRetrieveSeed.AddStudyAsync(archive, "P1", "1.2.3.1", 1);

        var run = await CommandLineRun.InvokeAsync("dicom", "find", "-aec", "PACSLAB", "127.0.0.1", $"{archive.Port}", "-k", "PatientID=NOBODY");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("0 matches" + Environment.NewLine, run.Output);
    }

    [Fact]
    public async Task Find_UnknownKeyword_SaysSoWithTheCloseMatchAndSendsNothing()
    {
        await using var archive = new ScpHarness();

        var run = await CommandLineRun.InvokeAsync("dicom", "find", "-aec", "PACSLAB", "127.0.0.1", $"{archive.Port}", "-k", "PatientNme=DOE^JOHN");

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.StartsWith("Nothing sent: -k 'PatientNme=DOE^JOHN': 'PatientNme' is not a DICOM keyword. Did you mean PatientName?",
            run.Error, StringComparison.Ordinal);
        Assert.Contains("gggg,eeee", run.Error, StringComparison.Ordinal);
        Assert.False(archive.Server.Records.TryRead(out _));
    }

    [Fact]
    public async Task Find_PatientLevelInStudyRoot_IsRefusedBeforeConnecting()
    {
        var run = await CommandLineRun.InvokeAsync("dicom", "find", "-L", "PATIENT", "127.0.0.1", "104", "-k", "PatientID=P1");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Study Root has no PATIENT level", run.Error, StringComparison.Ordinal);
        Assert.Contains("-P (Patient Root)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Find_LevelThatIsNotALevel_IsAParseError()
    {
        var run = await CommandLineRun.InvokeAsync("dicom", "find", "-L", "FRAME", "127.0.0.1", "104");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("-L must be PATIENT, STUDY, SERIES, IMAGE, not 'FRAME'.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Find_ClosedPort_SaysConnectionRefused()
    {
        int port;
        await using (var gone = new ScpHarness()) port = gone.Port;

        var run = await CommandLineRun.InvokeAsync("dicom", "find", "-aec", "PACSLAB", "127.0.0.1", $"{port}", "-k", "PatientID=P1");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"C-FIND to PACSLAB at 127.0.0.1:{port} as PACSLAB_SCU failed: Cannot reach", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
