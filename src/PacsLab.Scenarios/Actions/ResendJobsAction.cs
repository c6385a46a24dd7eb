using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Lab;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Actions;

/// <summary>The technologist resends every job of the modality's queue that is not delivered, and waits for the attempts.</summary>
public sealed class ResendJobsAction : IScenarioAction
{
    public string Type => "resend-jobs";
    public string Summary => "Resends every undelivered job in a modality's send queue (POST .../jobs/{id}/resend) and waits for the attempts.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } = [ParameterSpec.Needed("device", ParameterKind.Device, "the modality")];

    public async Task RunAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var device = arguments.Text("device");
        var jobs = await context.Api.GetAsync($"/api/department/modalities/{Uri.EscapeDataString(device)}/jobs", cancellationToken).ConfigureAwait(false);
        foreach (var job in jobs?.AsArray() ?? [])
        {
            if (job?["state"]?.ToString() == "Sent") continue;
            var id = job?["id"]?.ToString() ?? "";
            try
            {
                await context.Api.PostAsync($"/api/department/modalities/{Uri.EscapeDataString(device)}/jobs/{Uri.EscapeDataString(id)}/resend", null, cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (LabApiException ex) when (ex.Status == System.Net.HttpStatusCode.BadRequest)
            {
                // The device's own retry may have delivered the job a moment ago (its images are then gone): that is not a failure.
                var now = await DepartmentSteps.WaitForJobAsync(context, device, id, cancellationToken).ConfigureAwait(false);
                if (now["state"]?.ToString() != "Sent") throw;
            }
            await DepartmentSteps.WaitForJobAsync(context, device, id, cancellationToken).ConfigureAwait(false);
        }
    }
}
