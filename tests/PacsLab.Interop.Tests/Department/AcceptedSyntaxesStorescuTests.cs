using System.Net.Http.Json;
using System.Text.Json;
using PacsLab.Dicom;
using PacsLab.Interop.Tests.Network;
using PacsLab.Interop.Tests.Pacs;
using PacsLab.Tests.Lab;
using PacsLab.TestKit;

namespace PacsLab.Interop.Tests.Department;

/// <summary>
/// DCMTK's storescu against the lab's PACS with refused SOP classes and transfer syntaxes (set through the REST API):
/// storescu finds no presentation context, the PACS's association log names the refused context with its PS3.8
/// Table 9-18 result, and accepting the syntax again lets the same file through.
/// </summary>
public sealed class AcceptedSyntaxesStorescuTests : IDisposable
{
    private readonly TempDirectory _files = new("pacslab-syntaxes");

    [SkippableFact]
    public async Task Storescu_RefusedSopClass_NoContextResult3InTheLogThenAcceptedAgain()
    {
        var storescu = DcmtkNetworkTools.StoreScu();
        await using var lab = await RunningLab.StartAsync();
        var (path, sopClass) = await OneFileAsync();
        (await lab.Http.PutAsJsonAsync("/api/pacs/accepted-syntaxes", new { RefusedSopClasses = new[] { sopClass } })).EnsureSuccessStatusCode();

        var refused = await StoreAsync(storescu, lab, path);
        var row = await RefusedRowAsync(lab);
        (await lab.Http.PutAsJsonAsync("/api/pacs/accepted-syntaxes", new { RefusedSopClasses = Array.Empty<string>() })).EnsureSuccessStatusCode();
        var accepted = await StoreAsync(storescu, lab, path);

        Assert.DoesNotContain("Received Store Response (Success)", refused.AllOutput());
        Assert.Contains($"({sopClass}): result 3, abstract syntax not supported", row);
        Assert.True(accepted.Succeeded, accepted.Describe());
        Assert.Contains("Received Store Response (Success)", accepted.AllOutput());
    }

    [SkippableFact]
    public async Task Storescu_ImplicitOnlyWhileImplicitRefused_Result4InTheLog()
    {
        var storescu = DcmtkNetworkTools.StoreScu();
        await using var lab = await RunningLab.StartAsync();
        var (path, sopClass) = await OneFileAsync();
        (await lab.Http.PutAsJsonAsync("/api/pacs/accepted-syntaxes",
            new { RefusedTransferSyntaxes = new[] { DicomTransferSyntax.ImplicitVRLittleEndian.Uid } })).EnsureSuccessStatusCode();

        var refused = await StoreAsync(storescu, lab, path, "-xi");
        var row = await RefusedRowAsync(lab);

        Assert.DoesNotContain("Received Store Response (Success)", refused.AllOutput());
        Assert.Contains($"({sopClass}): result 4, transfer syntaxes not supported", row);
    }

    public void Dispose() => _files.Dispose();

    private async Task<(string Path, string SopClass)> OneFileAsync()
    {
        var studies = new PacsStudies();
        var path = (await studies.SaveAsync(_files.Path))[0];
        var file = await DicomFile.OpenAsync(path);
        return (path, file.Dataset.GetString(DicomTags.SOPClassUID)!);
    }

    private static Task<ProcessResult> StoreAsync(string storescu, RunningLab lab, string path, params string[] options) =>
        DcmtkNetworkTools.RunAsync(storescu, [.. options, "-v", "-aet", "CT_ROOM1", "-aec", lab.Department.Pacs.AeTitle, "127.0.0.1",
            lab.Department.Pacs.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), path]);

    /// <summary>The refused contexts of CT_ROOM1's first logged association; the log is written just after it ends, so polled with a limit.</summary>
    private static async Task<string> RefusedRowAsync(RunningLab lab)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (true)
        {
            var rows = await lab.GetAsync<List<JsonElement>>("/api/pacs/association-log?callingAeTitle=CT_ROOM1");
            if (rows.Select(r => r.GetProperty("refusedContexts").GetString() ?? "").FirstOrDefault(r => r.Length > 0) is { } refused) return refused;
            await Task.Delay(TimeSpan.FromMilliseconds(50), limit.Token);
        }
    }
}
