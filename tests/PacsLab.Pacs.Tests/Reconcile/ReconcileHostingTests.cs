using Microsoft.Extensions.DependencyInjection;
using PacsLab.Pacs.Reconcile;
using PacsLab.Pacs.Tests.Support;

namespace PacsLab.Pacs.Tests.Reconcile;

public sealed class ReconcileHostingTests
{
    [Fact]
    public async Task AddPacs_RegistersTheReconcilerOnce()
    {
        await using var pacs = await RunningPacs.StartAsync();

        var reconciler = pacs.Services.GetRequiredService<ArchiveReconciler>();

        Assert.Same(reconciler, pacs.Services.GetRequiredService<ArchiveReconciler>());
        Assert.True((await reconciler.CheckAsync(CancellationToken.None)).IsClean);
    }
}
