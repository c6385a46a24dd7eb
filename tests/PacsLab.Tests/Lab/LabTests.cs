using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PacsLab.Api.Department;
using PacsLab.Department.Modalities;
using PacsLab.Department.Ris.Orders;
using PacsLab.Department.Workstation;
using PacsLab.Tests.Api;

namespace PacsLab.Tests.Lab;

/// <summary>The department at work in one running lab: worklist to modality to PACS to workstation, and a lost AE title.</summary>
public sealed class LabTests
{
    [Fact]
    public async Task Acquire_FromTheWorklist_LandsInThePacsWithTheOrdersDemographicsAndCompletesTheOrder()
    {
        await using var lab = await RunningLab.StartAsync();
        var order = await lab.GetAsync<Order>("/api/ris/orders/A10001");

        var acquired = await lab.PostAsync<AcquisitionResult>("/api/department/modalities/CT_ROOM1/acquire", new ModalityEndpoints.AcquireRequest("A10001"));
        var job = await lab.WaitForJobAsync("CT_ROOM1", acquired.Job.Id, j => j.State == SendJobState.Sent);

        Assert.Equal(acquired.InstanceCount, job.DeliveredCount);
        var studies = await lab.GetAsync<List<JsonElement>>("/api/pacs/studies?AccessionNumber=A10001");
        var study = Assert.Single(studies);
        Assert.Equal(order.StudyInstanceUid, study.GetProperty("StudyInstanceUID").GetString());
        Assert.Equal(order.Patient.PatientId, study.GetProperty("PatientID").GetString());
        Assert.Equal(order.Patient.PatientName, study.GetProperty("PatientName").GetString());
        Assert.Equal(acquired.InstanceCount.ToString(System.Globalization.CultureInfo.InvariantCulture), study.GetProperty("NumberOfStudyRelatedInstances").GetString());
        var after = await lab.GetAsync<Order>("/api/ris/orders/A10001");
        Assert.Equal(OrderStatus.Completed, after.Status);
    }

    [Fact]
    public async Task Send_AfterTheModalityLostItsAeTitle_IsRejectedKeptAndDeliveredOnceFixedAndResent()
    {
        await using var lab = await RunningLab.StartAsync();
        await lab.PutAsync<ModalityEndpoints.ServiceMenuView>("/api/department/modalities/US_CLINIC/config", new NetworkSettingsEdit { AeTitle = "US_DEFAULT" });

        // The worklist is keyed by the station's AE title, so after the "repair" the technologist registers by hand.
        var acquired = await lab.PostAsync<AcquisitionResult>("/api/department/modalities/US_CLINIC/register",
            new ManualRegistration { PatientId = "PL100002", PatientName = "DOE^JANE", AccessionNumber = "A10031", StudyDescription = "US ABDOMEN RUQ" });
        var rejected = await lab.WaitForJobAsync("US_CLINIC", acquired.Job.Id, j => j.LastError is not null);

        Assert.Equal(SendJobState.WaitingRetry, rejected.State);
        Assert.Contains("calling AE title not recognized", rejected.LastError!.Message, StringComparison.Ordinal);
        Assert.Contains("US_DEFAULT", rejected.LastError.Message, StringComparison.Ordinal);
        Assert.Empty(await lab.GetAsync<List<JsonElement>>("/api/pacs/studies?AccessionNumber=A10031"));
        var log = await lab.GetAsync<List<JsonElement>>("/api/pacs/association-log?callingAeTitle=US_DEFAULT&accepted=false");
        Assert.NotEmpty(log);

        await lab.PutAsync<ModalityEndpoints.ServiceMenuView>("/api/department/modalities/US_CLINIC/config", new NetworkSettingsEdit { AeTitle = "US_CLINIC" });
        await lab.PostAsync<SendJob>($"/api/department/modalities/US_CLINIC/jobs/{acquired.Job.Id}/resend", null);
        // The next automatic retry is an hour away (RunningLab), so this delivery is the resend's.
        var sent = await lab.WaitForJobAsync("US_CLINIC", acquired.Job.Id, j => j.State == SendJobState.Sent);

        Assert.Equal(acquired.InstanceCount, sent.DeliveredCount);
        Assert.Single(await lab.GetAsync<List<JsonElement>>("/api/pacs/studies?AccessionNumber=A10031"));
    }

    [Fact]
    public async Task Workstation_RetrievesAPriorStudyByMove_AndListsItReceived()
    {
        await using var lab = await RunningLab.StartAsync();
        var acquired = await lab.PostAsync<AcquisitionResult>("/api/department/modalities/CR_ER/acquire", new ModalityEndpoints.AcquireRequest("A10021"));
        await lab.WaitForJobAsync("CR_ER", acquired.Job.Id, j => j.State == SendJobState.Sent);

        var retrieval = await lab.PostAsync<PriorsRetrieval>("/api/department/workstation/retrieve", new WorkstationEndpoints.RetrieveRequest("PL100006"));

        Assert.True(retrieval.Success, retrieval.Summary);
        Assert.Equal(acquired.InstanceCount, retrieval.ImagesRetrieved);
        var workstation = await lab.GetAsync<JsonElement>("/api/department/workstation");
        var received = Assert.Single(workstation.GetProperty("receivedStudies").EnumerateArray());
        Assert.Equal(acquired.StudyInstanceUid, received.GetProperty("studyInstanceUid").GetString());
        Assert.Equal(acquired.InstanceCount, received.GetProperty("instanceCount").GetInt32());
    }

    [Fact]
    public async Task Api_UnknownModalityAndBadEdits_AreProblemsThatSayWhatToDo()
    {
        await using var lab = await RunningLab.StartAsync();

        using var unknown = await lab.Http.GetAsync("/api/department/modalities/CT_ROOM9");
        using var badEdit = await lab.Http.PutAsJsonAsync("/api/department/modalities/CT_ROOM1/config", new NetworkSettingsEdit { AeTitle = "A_TITLE_FAR_TOO_LONG" });
        using var trickle = await lab.Http.PutAsJsonAsync("/api/lab/trickle", new LabEndpoints.TrickleView(-1));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("CT_ROOM1", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badEdit.StatusCode);
        Assert.Contains("16", await badEdit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, trickle.StatusCode);
        var menu = await lab.GetAsync<ModalityEndpoints.ServiceMenuView>("/api/department/modalities/CT_ROOM1/config");
        Assert.Equal("CT_ROOM1", menu.Settings.AeTitle);
    }

    [Fact]
    public async Task AcquireNow_WithAnEmptyWorklist_HasTheRisPlaceANewOrderAndAcquiresIt()
    {
        await using var lab = await RunningLab.StartAsync();
        foreach (var order in await lab.GetAsync<List<Order>>("/api/ris/orders?station=US_CLINIC"))
            if (order.Status == OrderStatus.Scheduled) await lab.PostAsync<Order>($"/api/ris/orders/{order.AccessionNumber}/discontinue", new RisEndpoints.DiscontinueRequest("test"));

        // The trickle goes round the modalities; the fourth call is US_CLINIC's turn.
        var outcomes = new List<string>();
        for (var i = 0; i < lab.Devices.Modalities.Count; i++)
            outcomes.Add((await lab.PostAsync<LabEndpoints.AcquireNowResult>("/api/lab/trickle/acquire-now", null)).Outcome);

        var us = Assert.Single(outcomes, o => o.StartsWith("US_CLINIC", StringComparison.Ordinal));
        Assert.Contains("acquired", us, StringComparison.Ordinal);
        var placed = (await lab.GetAsync<List<Order>>("/api/ris/orders?station=US_CLINIC")).Where(o => o.AccessionNumber.StartsWith('T')).ToList();
        Assert.NotEqual(OrderStatus.Scheduled, Assert.Single(placed).Status);
    }

    [Fact]
    public async Task Trickle_ADeviceThatLostItsAeTitle_FindsNoStepAndDoesNotPileUpOrders()
    {
        await using var lab = await RunningLab.StartAsync();
        foreach (var order in await lab.GetAsync<List<Order>>("/api/ris/orders?station=US_CLINIC"))
            if (order.Status == OrderStatus.Scheduled) await lab.PostAsync<Order>($"/api/ris/orders/{order.AccessionNumber}/discontinue", new RisEndpoints.DiscontinueRequest("test"));
        await lab.PutAsync<ModalityEndpoints.ServiceMenuView>("/api/department/modalities/US_CLINIC/config", new NetworkSettingsEdit { AeTitle = "US_DEFAULT" });

        var outcomes = new List<string>();
        for (var i = 0; i < 3 * lab.Devices.Modalities.Count; i++)
            outcomes.Add((await lab.PostAsync<LabEndpoints.AcquireNowResult>("/api/lab/trickle/acquire-now", null)).Outcome);

        var us = outcomes.Where(o => o.StartsWith("US_CLINIC", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, us.Count);
        Assert.All(us, o => Assert.Contains("found no step", o, StringComparison.Ordinal));
        var placed = (await lab.GetAsync<List<Order>>("/api/ris/orders?station=US_CLINIC")).Where(o => o.AccessionNumber.StartsWith('T')).ToList();
        Assert.Equal(OrderStatus.Scheduled, Assert.Single(placed).Status);
    }

    [Fact]
    public async Task Api_RisStatusAndWorkstationConfig_ShowWhereTheyAreAndTheWorkstationCanBePointedElsewhere()
    {
        await using var lab = await RunningLab.StartAsync();

        var ris = await lab.GetAsync<JsonElement>("/api/ris");
        var config = await lab.PutAsync<WorkstationEndpoints.WorkstationConfig>("/api/department/workstation/config",
            new PacsLab.Department.Configuration.DicomNode("127.0.0.1", 4242, "OTHER_PACS"));
        using var bad = await lab.Http.PutAsJsonAsync("/api/department/workstation/config", new PacsLab.Department.Configuration.DicomNode("127.0.0.1", 0, "OTHER_PACS"));

        Assert.Equal("RIS", ris.GetProperty("aeTitle").GetString());
        Assert.Equal($"127.0.0.1:{lab.Department.Ris.Port}", ris.GetProperty("endpoint").GetString());
        Assert.True(ris.GetProperty("orders").GetProperty("Scheduled").GetInt32() > 0);
        Assert.Equal(new PacsLab.Department.Configuration.DicomNode("127.0.0.1", 4242, "OTHER_PACS"), config.Pacs);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("OTHER_PACS", (await lab.GetAsync<WorkstationEndpoints.WorkstationConfig>("/api/department/workstation/config")).Pacs.AeTitle);
    }
}
