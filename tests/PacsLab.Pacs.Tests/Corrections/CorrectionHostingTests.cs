using Microsoft.Extensions.DependencyInjection;
using PacsLab.Pacs.Corrections;
using PacsLab.Pacs.Tests.Support;

namespace PacsLab.Pacs.Tests.Corrections;

public sealed class CorrectionHostingTests
{
    [Fact]
    public async Task AddPacs_RegistersTheCorrectionServiceOnce()
    {
        await using var pacs = await RunningPacs.StartAsync();

        var first = pacs.Services.GetRequiredService<StudyCorrectionService>();
        var second = pacs.Services.GetRequiredService<StudyCorrectionService>();

        Assert.Same(first, second);
        var error = await Assert.ThrowsAsync<CorrectionException>(() => first.DeleteStudyAsync("1.2.3", "admin"));
        Assert.Equal("delete: study 1.2.3 is not in the PACS", error.Message);
    }
}
