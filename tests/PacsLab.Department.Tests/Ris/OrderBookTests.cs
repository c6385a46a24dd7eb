using PacsLab.Department.Ris.Orders;
using PacsLab.Department.Synthesis;
using PacsLab.Dicom;
using PacsLab.TestKit;

namespace PacsLab.Department.Tests.Ris;

public sealed class OrderBookTests : IDisposable
{
    private readonly TempDirectory _directory = new("pacslab-ris");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Place_ValidOrder_IsScheduledWithNewStudyUidAndPlacementHistory()
    {
        var clock = new FixedClock();
        var book = RisTestOrders.Book(_directory.Path, clock);

        var order = await book.PlaceAsync(RisTestOrders.DoeCt, "instructor");

        Assert.Equal(OrderStatus.Scheduled, order.Status);
        Assert.True(DicomUid.IsValid(order.StudyInstanceUid), order.StudyInstanceUid);
        Assert.Equal("ACC-CT-1", order.RequestedProcedureId);
        Assert.Equal("ACC-CT-1", order.ScheduledProcedureStepId);
        Assert.Equal("CT CHEST", order.ScheduledProcedureStepDescription);
        var placed = Assert.Single(order.History);
        Assert.Equal(new OrderStatusChange(clock.Now, OrderStatus.Scheduled, "instructor", "placed"), placed);
        Assert.Equal(order, await book.GetAsync("ACC-CT-1"));
    }

    [Fact]
    public async Task Place_TwoOrders_GetDifferentStudyUids()
    {
        var book = RisTestOrders.Book(_directory.Path);

        var first = await book.PlaceAsync(RisTestOrders.DoeCt, "test");
        var second = await book.PlaceAsync(RisTestOrders.RoeCt, "test");

        Assert.NotEqual(first.StudyInstanceUid, second.StudyInstanceUid);
    }

    [Fact]
    public async Task Place_GivenStudyUidAndIds_KeepsThemAndTrimsText()
    {
        var book = RisTestOrders.Book(_directory.Path);

        var order = await book.PlaceAsync(RisTestOrders.DoeCt with
        {
            AccessionNumber = "  ACC-CT-9 ",
            StudyInstanceUid = "1.2.826.0.1.3680043.10.543.1",
            RequestedProcedureId = "RP9",
            ScheduledProcedureStepId = "SPS9",
        }, "test");

        Assert.Equal("ACC-CT-9", order.AccessionNumber);
        Assert.Equal("1.2.826.0.1.3680043.10.543.1", order.StudyInstanceUid);
        Assert.Equal("RP9", order.RequestedProcedureId);
        Assert.Equal("SPS9", order.ScheduledProcedureStepId);
    }

    [Fact]
    public async Task Place_DuplicateAccession_IsRefusedNamingTheExistingOrder()
    {
        var book = RisTestOrders.Book(_directory.Path);
        await book.PlaceAsync(RisTestOrders.DoeCt, "test");

        var error = await Assert.ThrowsAsync<OrderBookException>(() => book.PlaceAsync(RisTestOrders.RoeCt with { AccessionNumber = "ACC-CT-1" }, "test"));

        Assert.Equal(OrderProblem.DuplicateAccession, error.Problem);
        Assert.Contains("Accession Number (0008,0050) 'ACC-CT-1' is already used", error.Message);
        Assert.Contains("DOE^JOHN", error.Message);
        Assert.Equal("PID-DOE", (await book.GetAsync("ACC-CT-1"))!.Patient.PatientId);
        Assert.Single(await book.ListAsync());
    }

    [Fact]
    public async Task Place_UnknownModality_IsRefusedListingTheKnownOnes()
    {
        var book = RisTestOrders.Book(_directory.Path);

        var error = await Assert.ThrowsAsync<OrderBookException>(() => book.PlaceAsync(RisTestOrders.DoeCt with { Modality = "XY" }, "test"));

        Assert.Equal(OrderProblem.Invalid, error.Problem);
        Assert.Contains("Modality (0008,0060) 'XY' is not one the RIS knows", error.Message);
        Assert.Contains("CT, DX", error.Message);
        Assert.Empty(await book.ListAsync());
    }

    [Fact]
    public async Task Place_LowerCaseModality_IsRefusedWithTheUpperCaseHint()
    {
        var book = RisTestOrders.Book(_directory.Path);

        var error = await Assert.ThrowsAsync<OrderBookException>(() => book.PlaceAsync(RisTestOrders.DoeCt with { Modality = "ct" }, "test"));

        Assert.Contains("modality codes are upper case: CT", error.Message);
    }

    [Theory]
    [InlineData("CT_ROOM1_TOO_LONG_X", "has 19 characters, more than 16")]
    [InlineData("CT\\ROOM", "contains a backslash")]
    [InlineData("   ", "is empty or only spaces")]
    public async Task Place_IllegalStationAeTitle_IsRefusedWithTheRule(string aeTitle, string problem)
    {
        var book = RisTestOrders.Book(_directory.Path);

        var error = await Assert.ThrowsAsync<OrderBookException>(() => book.PlaceAsync(RisTestOrders.DoeCt with { ScheduledStationAeTitle = aeTitle }, "test"));

        Assert.Equal(OrderProblem.Invalid, error.Problem);
        Assert.Contains("Scheduled Station AE Title (0040,0001)", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public async Task Place_AccessionNumberLongerThanSh_IsRefusedWithTheVrRule()
    {
        var book = RisTestOrders.Book(_directory.Path);

        var error = await Assert.ThrowsAsync<OrderBookException>(() => book.PlaceAsync(RisTestOrders.DoeCt with { AccessionNumber = "ACC-0123456789-XYZ" }, "test"));

        Assert.Equal(OrderProblem.Invalid, error.Problem);
        Assert.Contains("Accession Number (0008,0050) SH 'ACC-0123456789-XYZ'", error.Message);
        Assert.Contains("16", error.Message);
        Assert.DoesNotContain("Scheduled Procedure Step ID", error.Message);
    }

    [Fact]
    public async Task Place_MissingFieldsAndBadValues_ListsEveryProblem()
    {
        var book = RisTestOrders.Book(_directory.Path);

        var error = await Assert.ThrowsAsync<OrderBookException>(() => book.PlaceAsync(RisTestOrders.DoeCt with
        {
            AccessionNumber = "",
            Patient = new PatientDemographics("", "", Sex: "X"),
            StudyInstanceUid = "1.2.03",
        }, "test"));

        Assert.Contains("Accession Number (0008,0050) is empty", error.Message);
        Assert.Contains("Patient ID (0010,0020) is empty", error.Message);
        Assert.Contains("Patient's Name (0010,0010) is empty", error.Message);
        Assert.Contains("Patient's Sex (0010,0040) 'X' is not M, F or O", error.Message);
        Assert.Contains("Study Instance UID (0020,000D) '1.2.03' is not a valid UID", error.Message);
    }

    [Fact]
    public async Task Place_BirthDateNotADate_IsRefused()
    {
        var book = RisTestOrders.Book(_directory.Path);

        var error = await Assert.ThrowsAsync<OrderBookException>(() => book.PlaceAsync(
            RisTestOrders.DoeCt with { Patient = new PatientDemographics("PID-DOE", "DOE^JOHN", "1970-01-01") }, "test"));

        Assert.Contains("Patient's Birth Date (0010,0030) DA '1970-01-01'", error.Message);
    }

    [Fact]
    public async Task List_ByStatusModalityStationAndDays_ReturnsOnlyThoseInStartOrder()
    {
        var book = await RisTestOrders.SeededBookAsync(_directory.Path);
        await book.DiscontinueAsync("ACC-CT-2", "test");

        Assert.Equal(["ACC-CT-1", "ACC-MR-1", "ACC-CT-2", "ACC-US-1"], (await book.ListAsync()).Select(o => o.AccessionNumber));
        Assert.Equal(["ACC-CT-1"], (await book.ListAsync(new OrderFilter { Modality = "CT", Status = OrderStatus.Scheduled })).Select(o => o.AccessionNumber));
        Assert.Equal(["ACC-MR-1"], (await book.ListAsync(new OrderFilter { ScheduledStationAeTitle = "MR_ROOM1" })).Select(o => o.AccessionNumber));
        Assert.Equal(["ACC-CT-2", "ACC-US-1"],
            (await book.ListAsync(new OrderFilter { From = new DateOnly(2026, 3, 11), To = new DateOnly(2026, 3, 12) })).Select(o => o.AccessionNumber));
    }

    [Fact]
    public async Task Discontinue_Scheduled_RecordsWhoAndWhy()
    {
        var clock = new FixedClock();
        var book = RisTestOrders.Book(_directory.Path, clock);
        await book.PlaceAsync(RisTestOrders.DoeCt, "test");
        clock.Now = clock.Now.AddHours(1);

        var order = await book.DiscontinueAsync("ACC-CT-1", "instructor", "patient did not come");

        Assert.Equal(OrderStatus.Discontinued, order.Status);
        Assert.Equal(new OrderStatusChange(clock.Now, OrderStatus.Discontinued, "instructor", "discontinued: patient did not come"), order.History[^1]);
    }

    [Fact]
    public async Task Discontinue_Completed_IsRefusedAndTheOrderStaysCompleted()
    {
        var book = RisTestOrders.Book(_directory.Path);
        var placed = await book.PlaceAsync(RisTestOrders.DoeCt, "test");
        await book.ReportStepCompletedAsync("ACC-CT-1", placed.StudyInstanceUid, 10);

        var error = await Assert.ThrowsAsync<OrderBookException>(() => book.DiscontinueAsync("ACC-CT-1", "instructor"));

        Assert.Equal(OrderProblem.TransitionNotAllowed, error.Problem);
        Assert.Contains("Order 'ACC-CT-1' cannot be discontinued: it is already completed", error.Message);
        Assert.Equal(OrderStatus.Completed, (await book.GetAsync("ACC-CT-1"))!.Status);
    }

    [Fact]
    public async Task Discontinue_UnknownAccession_IsRefusedAsUnknown()
    {
        var book = RisTestOrders.Book(_directory.Path);

        var error = await Assert.ThrowsAsync<OrderBookException>(() => book.DiscontinueAsync("NOPE", "instructor"));

        Assert.Equal(OrderProblem.UnknownAccession, error.Problem);
        Assert.Contains("No order has Accession Number (0008,0050) 'NOPE'", error.Message);
    }

    [Fact]
    public async Task Reschedule_Scheduled_MovesStartAndStation()
    {
        var book = RisTestOrders.Book(_directory.Path);
        await book.PlaceAsync(RisTestOrders.DoeCt, "test");

        var order = await book.RescheduleAsync("ACC-CT-1", new DateTime(2026, 3, 20, 11, 0, 0), "desk", "CT_ROOM2", "CT2");

        Assert.Equal(OrderStatus.Scheduled, order.Status);
        Assert.Equal(new DateTime(2026, 3, 20, 11, 0, 0), order.ScheduledStart);
        Assert.Equal("CT_ROOM2", order.ScheduledStationAeTitle);
        Assert.Equal("CT2", order.ScheduledStationName);
        Assert.Equal("rescheduled to 2026-03-20 11:00 at CT_ROOM2", order.History[^1].Note);
        Assert.Equal(2, order.History.Count);
    }

    [Fact]
    public async Task Reschedule_Discontinued_PutsItBackOnTheSchedule()
    {
        var book = RisTestOrders.Book(_directory.Path);
        await book.PlaceAsync(RisTestOrders.DoeCt, "test");
        await book.DiscontinueAsync("ACC-CT-1", "desk");

        var order = await book.RescheduleAsync("ACC-CT-1", new DateTime(2026, 3, 21, 9, 0, 0), "desk");

        Assert.Equal(OrderStatus.Scheduled, order.Status);
        Assert.Equal([OrderStatus.Scheduled, OrderStatus.Discontinued, OrderStatus.Scheduled], order.History.Select(h => h.Status));
    }

    [Fact]
    public async Task Reschedule_InProgress_IsRefused()
    {
        var book = RisTestOrders.Book(_directory.Path);
        await book.PlaceAsync(RisTestOrders.DoeCt, "test");
        await book.ReportStepStartedAsync("ACC-CT-1", "CT_ROOM1");

        var error = await Assert.ThrowsAsync<OrderBookException>(() => book.RescheduleAsync("ACC-CT-1", new DateTime(2026, 3, 21, 9, 0, 0), "desk"));

        Assert.Equal(OrderProblem.TransitionNotAllowed, error.Problem);
        Assert.Contains("it is in progress at CT_ROOM1", error.Message);
    }

    [Fact]
    public async Task Reschedule_IllegalStationAeTitle_IsRefusedAndNothingChanges()
    {
        var book = RisTestOrders.Book(_directory.Path);
        await book.PlaceAsync(RisTestOrders.DoeCt, "test");

        var error = await Assert.ThrowsAsync<OrderBookException>(() =>
            book.RescheduleAsync("ACC-CT-1", new DateTime(2026, 3, 21, 9, 0, 0), "desk", "A_VERY_LONG_AE_TITLE"));

        Assert.Equal(OrderProblem.Invalid, error.Problem);
        Assert.Equal("CT_ROOM1", (await book.GetAsync("ACC-CT-1"))!.ScheduledStationAeTitle);
    }

    [Fact]
    public async Task Seed_Twice_PlacesOnceAndReportsTheRestAsPresent()
    {
        var book = RisTestOrders.Book(_directory.Path);

        var first = await book.SeedAsync(RisTestOrders.All, "catalog");
        var second = await book.SeedAsync([.. RisTestOrders.All, RisTestOrders.DoeCt with { AccessionNumber = "ACC-CT-3" }], "catalog");

        Assert.Equal(4, first.Placed.Count);
        Assert.Empty(first.AlreadyPresent);
        Assert.Equal(["ACC-CT-3"], second.Placed.Select(o => o.AccessionNumber));
        Assert.Equal(["ACC-CT-1", "ACC-CT-2", "ACC-MR-1", "ACC-US-1"], second.AlreadyPresent);
        Assert.Equal(5, (await book.ListAsync()).Count);
    }

    [Fact]
    public async Task Seed_OneInvalidPlacement_PlacesNothingAndNamesIt()
    {
        var book = RisTestOrders.Book(_directory.Path);

        var error = await Assert.ThrowsAsync<OrderBookException>(() =>
            book.SeedAsync([RisTestOrders.DoeCt, RisTestOrders.RoeCt with { Modality = "QQ" }], "catalog"));

        Assert.Equal(OrderProblem.Invalid, error.Problem);
        Assert.Contains("Order 'ACC-CT-2' cannot be placed", error.Message);
        Assert.Empty(await book.ListAsync());
    }

    [Fact]
    public async Task Seed_SameAccessionTwiceInBatch_IsRefusedAsDuplicate()
    {
        var book = RisTestOrders.Book(_directory.Path);

        var error = await Assert.ThrowsAsync<OrderBookException>(() => book.SeedAsync([RisTestOrders.DoeCt, RisTestOrders.DoeCt], "catalog"));

        Assert.Equal(OrderProblem.DuplicateAccession, error.Problem);
        Assert.Contains("'ACC-CT-1' appears more than once", error.Message);
        Assert.Empty(await book.ListAsync());
    }

    [Fact]
    public async Task Place_ManyAtOnce_KeepsEveryOrderOnDisk()
    {
        var book = RisTestOrders.Book(_directory.Path);

        await Task.WhenAll(Enumerable.Range(1, 20).Select(i =>
            Task.Run(() => book.PlaceAsync(RisTestOrders.DoeCt with { AccessionNumber = $"ACC-{i:D3}" }, "test"))));

        var reloaded = RisTestOrders.Book(_directory.Path);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"ACC-{i:D3}"), (await reloaded.ListAsync()).Select(o => o.AccessionNumber).Order(StringComparer.Ordinal));
    }
}
