using System.Text.Json;
using PacsLab.Department.Ris.Orders;
using PacsLab.TestKit;

namespace PacsLab.Department.Tests.Ris;

public sealed class OrderBookPersistenceTests : IDisposable
{
    private readonly TempDirectory _directory = new("pacslab-ris");

    public void Dispose() => _directory.Dispose();

    private string BookFile => Path.Combine(_directory.Path, "orders.json");

    [Fact]
    public async Task Restart_KeepsOrdersStatusesAndHistory()
    {
        var book = await RisTestOrders.SeededBookAsync(_directory.Path);
        await book.ReportStepStartedAsync("ACC-CT-1", "CT_ROOM1");
        var ct2 = await book.GetAsync("ACC-CT-2");
        await book.ReportStepStartedAsync("ACC-CT-2", "CT_ROOM2");
        await book.ReportStepCompletedAsync("ACC-CT-2", ct2!.StudyInstanceUid, 42);
        await book.DiscontinueAsync("ACC-US-1", "desk", "wrong patient");
        var before = await book.ListAsync();

        var restarted = RisTestOrders.Book(_directory.Path);
        var after = await restarted.ListAsync();

        Assert.Equal(before.Count, after.Count);
        foreach (var (original, reloaded) in before.Zip(after))
        {
            Assert.Equal(original with { History = [] }, reloaded with { History = [] });
            Assert.Equal(original.History, reloaded.History);
        }
        Assert.Equal(OrderStatus.InProgress, after.Single(o => o.AccessionNumber == "ACC-CT-1").Status);
        Assert.Equal(42, after.Single(o => o.AccessionNumber == "ACC-CT-2").ImageCount);
        Assert.Equal("discontinued: wrong patient", after.Single(o => o.AccessionNumber == "ACC-US-1").History[^1].Note);
    }

    [Fact]
    public async Task Save_WritesReadableJsonAndLeavesNoTempFile()
    {
        var book = RisTestOrders.Book(_directory.Path);

        await book.PlaceAsync(RisTestOrders.DoeCt, "test");

        Assert.Equal([BookFile], Directory.GetFiles(_directory.Path));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(BookFile));
        var order = json.RootElement.GetProperty("orders")[0];
        Assert.Equal("ACC-CT-1", order.GetProperty("accessionNumber").GetString());
        Assert.Equal("Scheduled", order.GetProperty("status").GetString());
        Assert.Equal("DOE^JOHN", order.GetProperty("patient").GetProperty("patientName").GetString());
    }

    [Fact]
    public async Task Load_TempFileLeftByACrash_IsDiscardedAndTheBookIsTheLastSavedOne()
    {
        var book = RisTestOrders.Book(_directory.Path);
        await book.PlaceAsync(RisTestOrders.DoeCt, "test");
        await File.WriteAllTextAsync(BookFile + ".tmp", "{\"version\":1,\"orders\":[{\"accessionNumber\":\"HALF");

        var restarted = RisTestOrders.Book(_directory.Path);
        var orders = await restarted.ListAsync();

        Assert.Equal(["ACC-CT-1"], orders.Select(o => o.AccessionNumber));
        Assert.False(File.Exists(BookFile + ".tmp"));
    }

    [Fact]
    public async Task Load_CorruptFile_FailsWithThePathAndLeavesTheFileAlone()
    {
        await File.WriteAllTextAsync(BookFile, "{ not json");
        var book = RisTestOrders.Book(_directory.Path);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => book.LoadAsync());

        Assert.Contains(BookFile, error.Message);
        Assert.Contains("Nothing was changed", error.Message);
        await Assert.ThrowsAsync<InvalidDataException>(() => book.PlaceAsync(RisTestOrders.DoeCt, "test"));
        Assert.Equal("{ not json", await File.ReadAllTextAsync(BookFile));
    }

    [Fact]
    public async Task Load_FileWithTheSameAccessionTwice_IsRefused()
    {
        var book = RisTestOrders.Book(_directory.Path);
        await book.PlaceAsync(RisTestOrders.DoeCt, "test");
        using (var json = JsonDocument.Parse(await File.ReadAllTextAsync(BookFile)))
        {
            var order = json.RootElement.GetProperty("orders")[0].GetRawText();
            await File.WriteAllTextAsync(BookFile, $"{{\"version\":1,\"orders\":[{order},{order}]}}");
        }

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => RisTestOrders.Book(_directory.Path).LoadAsync());

        Assert.Contains("accession number 'ACC-CT-1' 2 times", error.Message);
    }

    [Fact]
    public async Task Save_Failing_LeavesTheBookAsItWas()
    {
        var book = RisTestOrders.Book(_directory.Path);
        await book.PlaceAsync(RisTestOrders.DoeCt, "test");
        // A folder where the temp file should go makes the write fail, as a full or read-only disk would.
        Directory.CreateDirectory(BookFile + ".tmp");

        await Assert.ThrowsAnyAsync<Exception>(() => book.PlaceAsync(RisTestOrders.RoeCt, "test"));

        Assert.Null(await book.GetAsync("ACC-CT-2"));
        Directory.Delete(BookFile + ".tmp");
        Assert.Equal(["ACC-CT-1"], (await RisTestOrders.Book(_directory.Path).ListAsync()).Select(o => o.AccessionNumber));
    }
}
