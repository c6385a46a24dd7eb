using Microsoft.Extensions.Logging;
using PacsLab.Department.Ris;
using PacsLab.Department.Ris.Orders;
using PacsLab.TestKit;

namespace PacsLab.Department.Tests.Ris;

public sealed class ProcedureStepReportTests : IDisposable
{
    private readonly TempDirectory _directory = new("pacslab-ris");
    private readonly ListLogger<OrderBook> _log = new();
    private readonly FixedClock _clock = new();

    public void Dispose() => _directory.Dispose();

    private async Task<(OrderBook Book, Order Order)> BookWithDoeCtAsync()
    {
        var book = RisTestOrders.Book(_directory.Path, _clock, _log);
        var order = await book.PlaceAsync(RisTestOrders.DoeCt, "test");
        return (book, order);
    }

    [Fact]
    public async Task Started_Scheduled_BecomesInProgressRecordingTheStation()
    {
        var (book, _) = await BookWithDoeCtAsync();
        _clock.Now = _clock.Now.AddMinutes(5);

        await ((IProcedureStepReporter)book).StepStartedAsync("ACC-CT-1", "CT_ROOM1", CancellationToken.None);

        var order = (await book.GetAsync("ACC-CT-1"))!;
        Assert.Equal(OrderStatus.InProgress, order.Status);
        Assert.Equal(new OrderStatusChange(_clock.Now, OrderStatus.InProgress, "CT_ROOM1", "started"), order.History[^1]);
    }

    [Fact]
    public async Task Started_OnAnotherStation_IsAcceptedAndNoted()
    {
        var (book, _) = await BookWithDoeCtAsync();

        var outcome = await book.ReportStepStartedAsync("ACC-CT-1", "CT_ROOM2");

        Assert.True(outcome.Accepted);
        Assert.Equal("started at CT_ROOM2, though it was scheduled on CT_ROOM1", outcome.Order!.History[^1].Note);
    }

    [Fact]
    public async Task Started_Twice_IsAcceptedWithoutASecondHistoryEntry()
    {
        var (book, _) = await BookWithDoeCtAsync();
        await book.ReportStepStartedAsync("ACC-CT-1", "CT_ROOM1");

        var outcome = await book.ReportStepStartedAsync("ACC-CT-1", "CT_ROOM1");

        Assert.True(outcome.Accepted);
        Assert.Contains("already in progress", outcome.Message);
        Assert.Equal(2, outcome.Order!.History.Count);
    }

    [Fact]
    public async Task Completed_InProgress_RecordsStudyUidAndImageCount()
    {
        var (book, placed) = await BookWithDoeCtAsync();
        await book.ReportStepStartedAsync("ACC-CT-1", "CT_ROOM1");

        await ((IProcedureStepReporter)book).StepCompletedAsync("ACC-CT-1", placed.StudyInstanceUid, 120, CancellationToken.None);

        var order = (await book.GetAsync("ACC-CT-1"))!;
        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.Equal(placed.StudyInstanceUid, order.PerformedStudyInstanceUid);
        Assert.Equal(120, order.ImageCount);
        Assert.Equal(new OrderStatusChange(_clock.Now, OrderStatus.Completed, "CT_ROOM1", "completed with 120 images"), order.History[^1]);
    }

    [Fact]
    public async Task Started_AfterCompleted_IsRefusedLoggedAndTheOrderStaysCompleted()
    {
        var (book, placed) = await BookWithDoeCtAsync();
        await book.ReportStepCompletedAsync("ACC-CT-1", placed.StudyInstanceUid, 3);

        await ((IProcedureStepReporter)book).StepStartedAsync("ACC-CT-1", "CT_ROOM1", CancellationToken.None);
        var outcome = await book.ReportStepStartedAsync("ACC-CT-1", "CT_ROOM1");

        Assert.False(outcome.Accepted);
        Assert.Contains("cannot go back to in progress", outcome.Message);
        Assert.Equal(OrderStatus.Completed, (await book.GetAsync("ACC-CT-1"))!.Status);
        var refused = _log.Entries.Where(e => e.EventId == 104).ToList();
        Assert.Equal(2, refused.Count);
        Assert.All(refused, e =>
        {
            Assert.Equal(LogLevel.Warning, e.Level);
            Assert.Equal("ACC-CT-1", e.Values["AccessionNumber"]);
            Assert.Equal("CT_ROOM1", e.Values["Station"]);
        });
    }

    [Fact]
    public async Task Reports_UnknownAccession_AreLoggedNotThrown()
    {
        var (book, _) = await BookWithDoeCtAsync();
        IProcedureStepReporter reporter = book;

        await reporter.StepStartedAsync("ACC-TYPO", "CT_ROOM1", CancellationToken.None);
        await reporter.StepCompletedAsync("ACC-TYPO", "1.2.3", 5, CancellationToken.None);
        var outcome = await book.ReportStepStartedAsync("ACC-TYPO", "CT_ROOM1");

        Assert.False(outcome.Accepted);
        Assert.Null(outcome.Order);
        Assert.Contains("No order has Accession Number (0008,0050) 'ACC-TYPO'", outcome.Message);
        var refused = _log.Entries.Where(e => e.EventId == 104).ToList();
        Assert.Equal(3, refused.Count);
        Assert.All(refused, e => Assert.Equal("ACC-TYPO", e.Values["AccessionNumber"]));
        Assert.Equal(OrderStatus.Scheduled, (await book.GetAsync("ACC-CT-1"))!.Status);
    }

    [Fact]
    public async Task Completed_WithAnotherStudyUid_IsRecordedAndWarned()
    {
        var (book, placed) = await BookWithDoeCtAsync();

        var outcome = await book.ReportStepCompletedAsync("ACC-CT-1", "1.2.826.0.1.3680043.10.543.77", 10);

        Assert.True(outcome.Accepted);
        Assert.Equal("1.2.826.0.1.3680043.10.543.77", outcome.Order!.PerformedStudyInstanceUid);
        Assert.Equal(placed.StudyInstanceUid, outcome.Order.StudyInstanceUid);
        Assert.Contains("differs from the ordered", outcome.Order.History[^1].Note);
        var warning = Assert.Single(_log.Entries, e => e.EventId == 105);
        Assert.Equal(placed.StudyInstanceUid, warning.Values["OrderedUid"]);
    }

    [Fact]
    public async Task Completed_Discontinued_IsRefused()
    {
        var (book, placed) = await BookWithDoeCtAsync();
        await book.DiscontinueAsync("ACC-CT-1", "desk");

        var outcome = await book.ReportStepCompletedAsync("ACC-CT-1", placed.StudyInstanceUid, 10);

        Assert.False(outcome.Accepted);
        Assert.Contains("it was discontinued", outcome.Message);
        Assert.Equal(OrderStatus.Discontinued, (await book.GetAsync("ACC-CT-1"))!.Status);
    }

    [Fact]
    public async Task Completed_InvalidStudyUid_IsRefused()
    {
        var (book, _) = await BookWithDoeCtAsync();

        var outcome = await book.ReportStepCompletedAsync("ACC-CT-1", "1.2.abc", 10);

        Assert.False(outcome.Accepted);
        Assert.Contains("'1.2.abc' is not a valid UID", outcome.Message);
        Assert.Equal(OrderStatus.Scheduled, (await book.GetAsync("ACC-CT-1"))!.Status);
    }
}
