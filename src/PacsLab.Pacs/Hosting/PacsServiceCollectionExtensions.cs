using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PacsLab.Pacs.Index;
using PacsLab.Pacs.Logs;
using PacsLab.Pacs.Network;
using PacsLab.Pacs.Query;
using PacsLab.Pacs.Storage;
using PacsLab.Pacs.Store;

namespace PacsLab.Pacs.Hosting;

public static class PacsServiceCollectionExtensions
{
    /// <summary>The PACS: options from the "Pacs" section, index, archive, services and the DICOM listener.</summary>
    public static IServiceCollection AddPacs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PacsOptions>().Bind(configuration.GetSection(PacsOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<PacsOptions>>().Value);
        services.AddDbContextFactory<PacsIndexContext>((sp, builder) => PacsDatabase.Configure(builder, sp.GetRequiredService<PacsOptions>()));
        services.AddSingleton(sp => new InstanceArchive(sp.GetRequiredService<PacsOptions>().ResolveDataDirectory()));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IndexWriteLock>();
        services.AddSingleton<ArchiveUsage>();
        services.AddSingleton<PlacementJournal>();
        services.AddSingleton<AeDirectory>();
        services.AddSingleton<AeVerification>();
        services.AddSingleton<InstanceStoreService>();
        services.AddSingleton<Corrections.StudyCorrectionService>();
        services.AddSingleton<Reconcile.ArchiveReconciler>();
        services.AddSingleton<Browse.InstanceFiles>();
        services.AddSingleton<AssociationLogWriter>();
        services.AddSingleton<PacsLogReader>();
        services.AddSingleton<StorageStatistics>();
        services.AddSingleton<PacsStoreHandler>();
        services.AddSingleton<PacsQueryService>();
        services.AddSingleton<PacsSearch>();
        services.AddSingleton<RetrieveSelector>();
        services.AddSingleton<PacsFindHandler>();
        services.AddSingleton<PacsRetrieveHandler>();
        services.AddSingleton<PacsMoveDestinations>();
        services.AddSingleton<PacsDicomHandlers>();
        services.AddSingleton<PacsDicomService>();
        services.AddHostedService(sp => sp.GetRequiredService<PacsDicomService>());
        return services;
    }
}
