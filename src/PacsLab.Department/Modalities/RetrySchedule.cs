using PacsLab.Department.Configuration;

namespace PacsLab.Department.Modalities;

/// <summary>Exponential back-off: after the n-th failed attempt wait first × 2^(n-1), never more than the cap.</summary>
public sealed record RetrySchedule(TimeSpan FirstDelay, TimeSpan MaxDelay)
{
    public static RetrySchedule From(SendQueueOptions options) =>
        new(TimeSpan.FromSeconds(options.FirstRetryDelaySeconds), TimeSpan.FromSeconds(options.MaxRetryDelaySeconds));

    public TimeSpan DelayAfter(int failedAttempts)
    {
        if (failedAttempts < 1) return TimeSpan.Zero;
        var delay = FirstDelay;
        for (var i = 1; i < failedAttempts && delay < MaxDelay; i++) delay += delay;
        return delay < MaxDelay ? delay : MaxDelay;
    }
}
