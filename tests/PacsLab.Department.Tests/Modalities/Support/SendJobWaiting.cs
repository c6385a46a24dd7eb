using PacsLab.Department.Modalities;

namespace PacsLab.Department.Tests.Modalities.Support;

/// <summary>Waiting for a send job to reach a state, by its change event. Also compiled into the interop tests (linked).</summary>
public static class SendJobWaiting
{
    /// <summary>Waits (at most 60 s of real time, as a hang guard) until the job satisfies the condition.</summary>
    public static async Task<SendJob> WaitForAsync(this ModalityDevice device, string jobId, Func<SendJob, bool> condition)
    {
        var reached = new TaskCompletionSource<SendJob>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnChanged(SendJob job)
        {
            if (job.Id == jobId && condition(job)) reached.TrySetResult(job);
        }
        device.JobChanged += OnChanged;
        try
        {
            if (device.FindJob(jobId) is { } now && condition(now)) return now;
            try
            {
                return await reached.Task.WaitAsync(TimeSpan.FromSeconds(60));
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"job {jobId} did not reach the expected state; it is {device.FindJob(jobId)}");
            }
        }
        finally
        {
            device.JobChanged -= OnChanged;
        }
    }
}
