using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PacsLab.Scenarios.Runner;
using PacsLab.Tests.Lab;

namespace PacsLab.Tests.Scenarios;

/// <summary>
/// Scenarios played end to end through the REST API the way a trainee would: start one from the free-play lab,
/// read the ticket, investigate the PACS's logs, fix, check; and an unsafe fix caught by its guard.
/// </summary>
public class ScenarioPlaythroughTests
{
    [Fact]
    public async Task UltrasoundAeTitleReset_FixedAtTheDevice_IsSolvedWithFullScore()
    {
        await using var lab = await RunningLab.StartAsync();
        var ticket = await lab.PostAsync<ScenarioTicket>("/api/scenarios/us-ae-title-reset/start", null);
        using var scenario = new HttpClient { BaseAddress = ticket.Api, Timeout = TimeSpan.FromSeconds(60) };
        Assert.Contains("PACS", ticket.Briefing);
        Assert.NotEqual(lab.Http.BaseAddress, ticket.Api);

        // Investigate: who was turned away, and does the PACS know that title?
        var rejected = await scenario.GetFromJsonAsync<JsonArray>("/api/pacs/association-log?accepted=false");
        var calling = rejected!.Select(r => r!["callingAeTitle"]!.GetValue<string>()).Distinct().Single();
        Assert.Equal("US_DEFAULT", calling);
        Assert.Contains("reason 3", rejected![0]!["rejectReason"]!.GetValue<string>());
        var aeTable = await scenario.GetFromJsonAsync<JsonArray>("/api/pacs/ae-table/");
        Assert.DoesNotContain(aeTable!, ae => ae!["aeTitle"]!.GetValue<string>() == calling);
        Assert.Contains(aeTable!, ae => ae!["aeTitle"]!.GetValue<string>() == "US_CLINIC");

        var before = await PostAsync(scenario, "/api/scenario/check");
        Assert.Equal("Unsolved", before["outcome"]!.GetValue<string>());

        // Fix at the device, then resend what is waiting in its queue.
        using (var fix = await scenario.PutAsJsonAsync("/api/department/modalities/US_CLINIC/config", new { aeTitle = "US_CLINIC" }))
            Assert.Equal(HttpStatusCode.OK, fix.StatusCode);
        await ResendUnlessDeliveredAsync(scenario);

        var after = await PostAsync(scenario, "/api/scenario/check");
        Assert.Equal("Solved", after["outcome"]!.GetValue<string>());
        Assert.Equal(100, after["score"]!.GetValue<int>());
        Assert.All(after["guards"]!.AsArray(), g => Assert.False(g!["tripped"]!.GetValue<bool>()));

        var report = await scenario.GetFromJsonAsync<JsonObject>("/api/scenario/report");
        var actions = report!["actions"]!.AsArray().Select(a => a!["summary"]!.GetValue<string>()).ToList();
        // What happened after the ticket: the delivery after the fix (by the resend, or by the device's own retry).
        Assert.Contains(actions, a => a.Contains("US_CLINIC -> PACSLAB accepted: 4 operation(s), 0 failed"));
        Assert.Contains("factory AE title", report["debrief"]!.GetValue<string>());

        using var stop = await scenario.PostAsync("/api/scenario/stop", null);
        Assert.Equal(HttpStatusCode.Accepted, stop.StatusCode);
    }

    [Fact]
    public async Task UltrasoundAeTitleReset_CallingAeCheckSwitchedOffAndOnAgain_TripsTheGuardAndFailsTheRun()
    {
        await using var lab = await RunningLab.StartAsync();
        var ticket = await lab.PostAsync<ScenarioTicket>("/api/scenarios/us-ae-title-reset/start", null);
        using var scenario = new HttpClient { BaseAddress = ticket.Api, Timeout = TimeSpan.FromSeconds(60) };

        // The shortcut: let anyone in, push the study through, and put the check back as if nothing happened.
        using (var off = await scenario.PutAsJsonAsync("/api/pacs/association-checks", new { checkCallingAeTitle = false }))
            Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        await ResendUnlessDeliveredAsync(scenario);
        using (var on = await scenario.PutAsJsonAsync("/api/pacs/association-checks", new { checkCallingAeTitle = true }))
            Assert.Equal(HttpStatusCode.OK, on.StatusCode);

        var check = await PostAsync(scenario, "/api/scenario/check");
        Assert.Equal("Unsafe", check["outcome"]!.GetValue<string>());
        Assert.Equal(0, check["score"]!.GetValue<int>());
        // The study did arrive, and the device still has the wrong title: a shortcut, not a fix.
        Assert.True(check["objectives"]!.AsArray().Single(o => o!["id"]!.GetValue<string>() == "abdomen-arrived")!["passed"]!.GetValue<bool>());
        Assert.False(check["objectives"]!.AsArray().Single(o => o!["id"]!.GetValue<string>() == "ultrasound-title-restored")!["passed"]!.GetValue<bool>());
        var guard = check["guards"]!.AsArray().Single(g => g!["id"]!.GetValue<string>() == "calling-ae-check-on")!;
        Assert.True(guard["tripped"]!.GetValue<bool>());
        Assert.Contains("calling-AE check", guard["feedback"]!.GetValue<string>());
        Assert.Contains("switched off", guard["observed"]!.GetValue<string>());
    }

    [Fact]
    public async Task CtOnTheWrongWorklistEntry_FoundThroughTheRisAndMovedToTheRightPatient_IsSolved()
    {
        await using var lab = await RunningLab.StartAsync();
        var ticket = await lab.PostAsync<ScenarioTicket>("/api/scenarios/ct-wrong-worklist-entry/start", null);
        using var scenario = new HttpClient { BaseAddress = ticket.Api, Timeout = TimeSpan.FromSeconds(60) };

        // Investigate: nothing for Mr Nakamura, but O'Brien's angiogram order is done and its study is in the PACS.
        Assert.Empty((await scenario.GetFromJsonAsync<JsonArray>("/api/pacs/studies?PatientID=PL100001"))!);
        var nakamuraOrder = await scenario.GetFromJsonAsync<JsonObject>("/api/ris/orders/M20021");
        Assert.Equal("Scheduled", nakamuraOrder!["status"]!.GetValue<string>());
        var misfiled = (await scenario.GetFromJsonAsync<JsonArray>("/api/pacs/studies?AccessionNumber=M20022"))!.Single()!;
        Assert.Equal("PL100003", misfiled["PatientID"]!.GetValue<string>());
        var studyUid = misfiled["StudyInstanceUID"]!.GetValue<string>();
        var before = await PostAsync(scenario, "/api/scenario/check", null);
        Assert.All(before["objectives"]!.AsArray(), o => Assert.False(o!["passed"]!.GetValue<bool>()));

        // Fix: the study goes to Mr Nakamura (new in the PACS: he has no other studies), with his order's number and procedure.
        var patient = nakamuraOrder["patient"]!;
        await PostAsync(scenario, "/api/pacs/corrections/reassign-study", new
        {
            studyInstanceUid = studyUid,
            newPatient = new
            {
                patientId = patient["patientId"]!.GetValue<string>(), patientName = patient["patientName"]!.GetValue<string>(),
                patientBirthDate = patient["birthDate"]!.GetValue<string>(), patientSex = patient["sex"]!.GetValue<string>(),
            },
            reason = "acquired on O'Brien's worklist entry; the patient scanned was Nakamura",
        });
        await PostAsync(scenario, "/api/pacs/corrections/edit-study", new
        {
            studyInstanceUid = studyUid,
            changes = new { accessionNumber = "M20021", studyDescription = "CT CHEST WITH CONTRAST" },
            reason = "the order actually performed",
        });

        var after = await PostAsync(scenario, "/api/scenario/check", null);
        Assert.Equal("Solved", after["outcome"]!.GetValue<string>());
        Assert.Equal(100, after["score"]!.GetValue<int>());
        var report = await scenario.GetFromJsonAsync<JsonObject>("/api/scenario/report");
        var actions = report!["actions"]!.AsArray().Select(a => a!["summary"]!.GetValue<string>()).ToList();
        Assert.Equal(2, actions.Count(a => a.Contains(studyUid) || a.Contains("PL100001") || a.Contains("M20021")));
    }

    /// <summary>Resends the ultrasound's job, unless the device's own retry (10 s after the failure) got there first.</summary>
    private static async Task ResendUnlessDeliveredAsync(HttpClient scenario)
    {
        var jobs = (await scenario.GetFromJsonAsync<JsonArray>("/api/department/modalities/US_CLINIC/jobs"))!;
        Assert.True(jobs.Count == 1, jobs.ToJsonString());
        var job = jobs[0]!;
        if (job["state"]!.GetValue<string>() == "Sent") return;
        var resent = await PostAsync(scenario, $"/api/department/modalities/US_CLINIC/jobs/{job["id"]}/resend");
        Assert.Equal("Sent", resent["state"]!.GetValue<string>());
    }

    private static async Task<JsonObject> PostAsync(HttpClient http, string path, object? body = null)
    {
        using var response = body is null ? await http.PostAsync(path, null) : await http.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }
}
