using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PacsLab.Department.Catalog;
using PacsLab.Department.Configuration;
using PacsLab.Department.Modalities;
using PacsLab.Department.Ris;
using PacsLab.Department.Ris.Orders;
using PacsLab.Department.Synthesis;
using PacsLab.Department.Workstation;

namespace PacsLab.Department.Hosting;

public static class DepartmentServiceCollectionExtensions
{
    /// <summary>
    /// The simulated department around the PACS: the RIS with its worklist, each modality and the reading workstation
    /// as hosted services (in that order, so the worklist is up before a modality asks it), and the acquisition trickle.
    /// </summary>
    public static IServiceCollection AddDepartment(this IServiceCollection services, DepartmentOptions department, TrickleOptions trickle, SampleCatalog? catalog = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(department);
        services.AddSingleton(trickle);
        services.AddSingleton(catalog ?? SampleCatalogLoader.LoadEmbedded());
        services.AddSingleton<CatalogOrders>();
        services.AddSingleton<IStudySynthesizer>(sp => new StudySynthesizer(new SynthesisOptions { StudyTemplates = sp.GetRequiredService<SampleCatalog>().StudyTemplates }));
        services.AddSingleton(new RisOptions
        {
            AeTitle = department.Ris.AeTitle, Port = department.Ris.Port, DataDirectory = Path.Combine(department.DataDirectory, "ris"),
        });
        services.AddSingleton(sp => new OrderBook(sp.GetRequiredService<RisOptions>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<OrderBook>>()));
        services.AddSingleton<IProcedureStepReporter>(sp => sp.GetRequiredService<OrderBook>());
        services.AddSingleton<RisService>();
        services.AddHostedService(sp => sp.GetRequiredService<RisService>());

        services.AddSingleton(sp => new DepartmentDevices(
            department.Modalities.Select(m => ModalityDevice.Create(department, m, sp.GetRequiredService<IStudySynthesizer>(),
                sp.GetRequiredService<IProcedureStepReporter>(), sp.GetRequiredService<ILoggerFactory>(), sp.GetRequiredService<TimeProvider>())).ToList(),
            ReadingWorkstation.Create(department, sp.GetRequiredService<ILoggerFactory>(), sp.GetRequiredService<TimeProvider>())));
        foreach (var modality in department.Modalities)
        {
            var name = modality.Name;
            services.AddSingleton<IHostedService>(sp =>
            {
                var device = sp.GetRequiredService<DepartmentDevices>().FindModality(name)!;
                return new DeviceHostedService(name, device.StartAsync, device.StopAsync);
            });
        }
        services.AddSingleton<IHostedService>(sp =>
        {
            var workstation = sp.GetRequiredService<DepartmentDevices>().Workstation;
            return new DeviceHostedService(workstation.AeTitle, workstation.StartAsync, workstation.StopAsync);
        });
        services.AddSingleton<AcquisitionTrickle>();
        services.AddHostedService(sp => sp.GetRequiredService<AcquisitionTrickle>());
        return services;
    }
}
