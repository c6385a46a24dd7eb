using System.Text.Json.Nodes;
using PacsLab.Department.Configuration;
using PacsLab.Department.Synthesis;
using PacsLab.Dicom;
using PacsLab.Scenarios.Catalog;

namespace PacsLab.Scenarios.Runner;

/// <summary>
/// Department operations several steps share: acquiring from the worklist or by manual registration through a
/// modality's REST API and waiting for the first send attempt, and sending a synthesized study "from" a device.
/// Each names what it made in the scenario's state.
/// </summary>
public static class DepartmentSteps
{
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(90);

    /// <summary>Acquires the worklist step with <paramref name="accessionNumber"/> on the device and waits until its send job has had its first attempt.</summary>
    public static async Task<StudyHandle> AcquireAsync(ScenarioContext context, string device, string accessionNumber, string? name, CancellationToken cancellationToken)
    {
        var result = await context.Api.PostAsync($"/api/department/modalities/{Uri.EscapeDataString(device)}/acquire",
            new { AccessionNumber = accessionNumber }, cancellationToken).ConfigureAwait(false);
        return await SettleAsync(context, device, result, name, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Registers a patient by hand at the device (typos and all), acquires, and waits for the first send attempt.</summary>
    public static async Task<StudyHandle> RegisterManuallyAsync(ScenarioContext context, string device, object registration, string? name, CancellationToken cancellationToken)
    {
        var result = await context.Api.PostAsync($"/api/department/modalities/{Uri.EscapeDataString(device)}/register", registration, cancellationToken).ConfigureAwait(false);
        return await SettleAsync(context, device, result, name, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Waits until the job has left Queued/Sending (delivered, waiting for a retry, or failed) and returns it.</summary>
    public static async Task<JsonNode> WaitForJobAsync(ScenarioContext context, string device, string jobId, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(SettleTimeout);
        try
        {
            while (true)
            {
                var job = await context.Api.GetAsync($"/api/department/modalities/{Uri.EscapeDataString(device)}/jobs/{Uri.EscapeDataString(jobId)}", timeout.Token).ConfigureAwait(false)
                          ?? throw new ScenarioStepException($"{device} answered nothing for send job {jobId}");
                var state = job["state"]?.ToString();
                var attempts = job["attempts"]?.GetValue<int>() ?? 0;
                if (state is "Sent" or "Failed" || (state == "WaitingRetry" && attempts > 0)) return job;
                // The job runs in the device's own queue; the REST API has no change feed, so look again shortly.
                await Task.Delay(TimeSpan.FromMilliseconds(50), timeout.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ScenarioStepException($"{device}'s send job {jobId} did not finish its first attempt within {SettleTimeout.TotalSeconds} s");
        }
    }

    /// <summary>Synthesizes a study and sends it to the PACS as <paramref name="device"/> (its AE title at the start), naming it.</summary>
    public static async Task<StudyHandle> SendFromDeviceAsync(ScenarioContext context, string device, StudyRequest request, string name, CancellationToken cancellationToken)
    {
        var options = context.Device(device);
        var study = context.Synthesizer.Synthesize(request with
        {
            StationName = options.EffectiveStationName,
            StationAeTitle = options.EffectiveAeTitle,
            Seed = request.Seed != 0 ? request.Seed : StableSeed(context.Scenario.Id, name),
        });
        await PacsStoreSender.SendAsync(study.Instances, context.Department.Pacs.ToNode(), options.EffectiveAeTitle, cancellationToken).ConfigureAwait(false);
        var series = study.Instances.Select(f => f.Dataset.GetString(DicomTags.SeriesInstanceUID) ?? "").Distinct(StringComparer.Ordinal).ToList();
        var handle = new StudyHandle(name, study.StudyInstanceUid, request.Patient.PatientId, request.AccessionNumber, device, series, study.Instances.Count);
        context.State.Studies[name] = handle;
        return handle;
    }

    /// <summary>A seed that depends only on the scenario and the name, so a scenario makes the same pixels every run.</summary>
    public static int StableSeed(string scenarioId, string name)
    {
        var hash = 17;
        foreach (var c in $"{scenarioId}/{name}") hash = unchecked(hash * 31 + c);
        return hash == 0 ? 1 : hash;
    }

    private static async Task<StudyHandle> SettleAsync(ScenarioContext context, string device, JsonNode? result, string? name, CancellationToken cancellationToken)
    {
        var studyUid = result?["studyInstanceUid"]?.ToString() ?? throw new ScenarioStepException($"{device} did not say which study it acquired");
        var jobId = result["job"]?["id"]?.ToString() ?? throw new ScenarioStepException($"{device} did not say which send job holds the study");
        var job = await WaitForJobAsync(context, device, jobId, cancellationToken).ConfigureAwait(false);
        var series = await context.Api.SearchAsync("series", [("StudyInstanceUID", studyUid)], cancellationToken).ConfigureAwait(false);
        var handle = new StudyHandle(name ?? studyUid, studyUid, job["patientId"]?.ToString() ?? "", result["accessionNumber"]?.ToString() ?? "", device,
            series.Select(s => s.GetValueOrDefault("SeriesInstanceUID", "")).Where(s => s.Length > 0).ToList(), result["instanceCount"]?.GetValue<int>() ?? 0);
        if (name is not null) context.State.Studies[name] = handle;
        return handle;
    }
}
