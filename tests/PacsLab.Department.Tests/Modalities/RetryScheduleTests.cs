using PacsLab.Department.Configuration;
using PacsLab.Department.Modalities;

namespace PacsLab.Department.Tests.Modalities;

public sealed class RetryScheduleTests
{
    [Fact]
    public void DelayAfter_EachFailure_DoublesUntilTheCap()
    {
        var schedule = RetrySchedule.From(new SendQueueOptions { FirstRetryDelaySeconds = 10, MaxRetryDelaySeconds = 300 });

        var delays = Enumerable.Range(1, 8).Select(n => schedule.DelayAfter(n).TotalSeconds);

        Assert.Equal([10, 20, 40, 80, 160, 300, 300, 300], delays);
    }

    [Fact]
    public void DelayAfter_ManyFailures_StaysAtTheCapWithoutOverflow()
    {
        var schedule = new RetrySchedule(TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));

        Assert.Equal(TimeSpan.FromHours(1), schedule.DelayAfter(10_000));
        Assert.Equal(TimeSpan.Zero, schedule.DelayAfter(0));
    }
}
