using PacsLab.Dicom;

namespace PacsLab.Tests.Cli;

public class DicomUidCommandTests
{
    [Fact]
    public async Task DicomUid_PrintsANewValidUidUnderTheUuidRoot()
    {
        var run = await CommandLineRun.InvokeAsync("dicom", "uid");

        Assert.Equal(0, run.ExitCode);
        var uid = run.Output.TrimEnd();
        Assert.StartsWith("2.25.", uid, StringComparison.Ordinal);
        Assert.True(DicomUid.IsValid(uid), uid);
    }

    [Fact]
    public async Task DicomUid_Count_PrintsThatManyDifferentUids()
    {
        var run = await CommandLineRun.InvokeAsync("dicom", "uid", "--count", "3");

        var uids = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(3, uids.Distinct().Count());
    }
}
