using PacsLab.Department.Ris;
using PacsLab.Department.Ris.Orders;
using PacsLab.Department.Synthesis;

namespace PacsLab.Department.Tests.Ris;

/// <summary>Placements the RIS tests share: four orders on three stations over three days of March 2026.</summary>
internal static class RisTestOrders
{
    public static OrderPlacement DoeCt => new()
    {
        AccessionNumber = "ACC-CT-1",
        Patient = new PatientDemographics("PID-DOE", "DOE^JOHN", "19700101", "M"),
        Modality = "CT",
        ScheduledStationAeTitle = "CT_ROOM1",
        ScheduledStationName = "CT1",
        ScheduledStart = new DateTime(2026, 3, 10, 9, 0, 0),
        RequestedProcedureDescription = "CT CHEST",
        ReferringPhysicianName = "HOUSE^GREGORY",
        ScheduledPerformingPhysicianName = "TECH^ANNA",
    };

    public static OrderPlacement RoeCt => new()
    {
        AccessionNumber = "ACC-CT-2",
        Patient = new PatientDemographics("PID-ROE", "ROE^JANE", "19820512", "F"),
        Modality = "CT",
        ScheduledStationAeTitle = "CT_ROOM2",
        ScheduledStationName = "CT2",
        ScheduledStart = new DateTime(2026, 3, 11, 14, 30, 0),
        RequestedProcedureDescription = "CT HEAD",
    };

    public static OrderPlacement DoeMr => new()
    {
        AccessionNumber = "ACC-MR-1",
        Patient = new PatientDemographics("PID-DOE2", "DOE^JANE", "19900220", "F"),
        Modality = "MR",
        ScheduledStationAeTitle = "MR_ROOM1",
        ScheduledStationName = "MR1",
        ScheduledStart = new DateTime(2026, 3, 10, 10, 0, 0),
        RequestedProcedureDescription = "MR KNEE",
    };

    public static OrderPlacement SmithUs => new()
    {
        AccessionNumber = "ACC-US-1",
        Patient = new PatientDemographics("PID-SMITH", "SMITH^ALEX"),
        Modality = "US",
        ScheduledStationAeTitle = "US_ROOM1",
        ScheduledStart = new DateTime(2026, 3, 12, 8, 15, 0),
        RequestedProcedureDescription = "US ABDOMEN",
    };

    public static IReadOnlyList<OrderPlacement> All => [DoeCt, RoeCt, DoeMr, SmithUs];

    public static RisOptions Options(string directory) => new() { AeTitle = "RIS", Port = 0, DataDirectory = directory };

    public static OrderBook Book(string directory, TimeProvider? time = null, ListLogger<OrderBook>? logger = null) =>
        new(Options(directory), time ?? new FixedClock(), logger);

    /// <summary>A book in <paramref name="directory"/> holding <see cref="All"/>.</summary>
    public static async Task<OrderBook> SeededBookAsync(string directory, ListLogger<OrderBook>? logger = null)
    {
        var book = Book(directory, logger: logger);
        await book.SeedAsync(All, "test");
        return book;
    }
}
