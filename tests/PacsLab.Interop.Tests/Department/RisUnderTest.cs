using System.Globalization;
using PacsLab.Department.Ris;
using PacsLab.Department.Ris.Orders;
using PacsLab.Department.Ris.Worklist;
using PacsLab.Department.Synthesis;
using PacsLab.TestKit;

namespace PacsLab.Interop.Tests.Department;

/// <summary>
/// The RIS worklist server in-process on 127.0.0.1 and a free port (AE title RIS), its order book in a temp folder,
/// seeded with four orders: two CT (two rooms, two days), one MR and one US.
/// </summary>
public sealed class RisUnderTest : IAsyncDisposable
{
    public const string AeTitle = "RIS";

    private readonly TempDirectory _folder;

    private RisUnderTest(TempDirectory folder, OrderBook orders, WorklistServer server)
    {
        _folder = folder;
        Orders = orders;
        Server = server;
    }

    public OrderBook Orders { get; }
    public WorklistServer Server { get; }
    public string PortText => Server.LocalEndPoint.Port.ToString(CultureInfo.InvariantCulture);

    public static IReadOnlyList<OrderPlacement> Catalog { get; } =
    [
        new()
        {
            AccessionNumber = "ACC-CT-1", Patient = new PatientDemographics("PID-DOE", "DOE^JOHN", "19700101", "M"), Modality = "CT",
            ScheduledStationAeTitle = "CT_ROOM1", ScheduledStationName = "CT1", ScheduledStart = new DateTime(2026, 3, 10, 9, 0, 0),
            RequestedProcedureDescription = "CT CHEST", ReferringPhysicianName = "HOUSE^GREGORY",
        },
        new()
        {
            AccessionNumber = "ACC-CT-2", Patient = new PatientDemographics("PID-ROE", "ROE^JANE", "19820512", "F"), Modality = "CT",
            ScheduledStationAeTitle = "CT_ROOM2", ScheduledStationName = "CT2", ScheduledStart = new DateTime(2026, 3, 11, 14, 30, 0),
            RequestedProcedureDescription = "CT HEAD",
        },
        new()
        {
            AccessionNumber = "ACC-MR-1", Patient = new PatientDemographics("PID-DOE2", "DOE^JANE", "19900220", "F"), Modality = "MR",
            ScheduledStationAeTitle = "MR_ROOM1", ScheduledStationName = "MR1", ScheduledStart = new DateTime(2026, 3, 10, 10, 0, 0),
            RequestedProcedureDescription = "MR KNEE",
        },
        new()
        {
            AccessionNumber = "ACC-US-1", Patient = new PatientDemographics("PID-SMITH", "SMITH^ALEX"), Modality = "US",
            ScheduledStationAeTitle = "US_ROOM1", ScheduledStart = new DateTime(2026, 3, 12, 8, 15, 0),
            RequestedProcedureDescription = "US ABDOMEN",
        },
    ];

    public static async Task<RisUnderTest> StartAsync()
    {
        var folder = new TempDirectory("pacslab-risinterop");
        var options = new RisOptions { AeTitle = AeTitle, Port = 0, DataDirectory = folder.Path };
        var orders = new OrderBook(options);
        await orders.SeedAsync(Catalog, "interop test");
        var server = new WorklistServer(options, orders);
        try
        {
            await server.StartAsync();
        }
        catch
        {
            folder.Dispose();
            throw;
        }
        return new RisUnderTest(folder, orders, server);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        _folder.Dispose();
    }
}
