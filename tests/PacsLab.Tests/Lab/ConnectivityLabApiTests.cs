using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using PacsLab.Api.Department;
using PacsLab.Department.Modalities;
using PacsLab.Department.Ris.Orders;

namespace PacsLab.Tests.Lab;

/// <summary>The department operations the connectivity faults need: the workstation's listener and rescheduling an order.</summary>
public sealed class ConnectivityLabApiTests
{
    private static async Task<bool> SomethingListensAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    [Fact]
    public async Task PutWorkstationListener_Stopped_NothingListensUntilStartedAgain()
    {
        await using var lab = await RunningLab.StartAsync();
        var port = lab.Department.Workstation.Port;

        var stopped = await lab.PutAsync<WorkstationListenerEndpoints.ListenerView>("/api/department/workstation/listener", new WorkstationListenerEndpoints.ListenerChange(false));
        var listeningWhileStopped = await SomethingListensAsync(port);
        var started = await lab.PutAsync<WorkstationListenerEndpoints.ListenerView>("/api/department/workstation/listener", new WorkstationListenerEndpoints.ListenerChange(true));

        Assert.False(stopped.Running);
        Assert.Null(stopped.Port);
        Assert.False(listeningWhileStopped);
        Assert.True(started.Running);
        Assert.Equal(port, started.Port);
        Assert.True(await SomethingListensAsync(port));
        Assert.True((await lab.GetAsync<WorkstationListenerEndpoints.ListenerView>("/api/department/workstation/listener")).Running);
    }

    [Fact]
    public async Task PostReschedule_ToAnotherStation_LeavesTheWorklistAndIsInTheHistory()
    {
        await using var lab = await RunningLab.StartAsync();
        var before = await lab.GetAsync<Order>("/api/ris/orders/A10001");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ris/orders/A10001/reschedule")
        {
            Content = JsonContent.Create(new RisEndpoints.RescheduleRequest(StationAeTitle: "CT_ROOM2")),
        };
        request.Headers.Add("X-PacsLab-User", "clerk");

        using var response = await lab.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var after = await lab.GetAsync<Order>("/api/ris/orders/A10001");
        var worklist = await lab.GetAsync<JsonElement>($"/api/department/modalities/{before.ScheduledStationAeTitle}/worklist");

        Assert.Equal("CT_ROOM2", after.ScheduledStationAeTitle);
        Assert.Equal(before.ScheduledStart, after.ScheduledStart);
        Assert.Equal("api:clerk", after.History[^1].By);
        Assert.Contains("CT_ROOM2", after.History[^1].Note);
        Assert.DoesNotContain(worklist.GetProperty("items").EnumerateArray(), i => i.GetProperty("accessionNumber").GetString() == "A10001");
    }

    [Fact]
    public async Task PostReschedule_UnknownOrderOrNothingToChange_AreProblems()
    {
        await using var lab = await RunningLab.StartAsync();

        using var unknown = await lab.Http.PostAsJsonAsync("/api/ris/orders/NOPE1/reschedule", new RisEndpoints.RescheduleRequest(StationAeTitle: "CT_ROOM1"));
        using var empty = await lab.Http.PostAsJsonAsync("/api/ris/orders/A10001/reschedule", new RisEndpoints.RescheduleRequest());
        using var illegal = await lab.Http.PostAsJsonAsync("/api/ris/orders/A10001/reschedule", new RisEndpoints.RescheduleRequest(StationAeTitle: "BAD\\TITLE"));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, illegal.StatusCode);
        Assert.Contains("Scheduled Station AE Title", (await illegal.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }
}
