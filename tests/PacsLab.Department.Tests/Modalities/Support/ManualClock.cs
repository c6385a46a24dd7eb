namespace PacsLab.Department.Tests.Modalities.Support;

/// <summary>
/// A clock the test moves by hand (Microsoft.Extensions.TimeProvider.Testing is not on the feed): timers created
/// on it fire, on the thread that advances it, once the clock reaches their due time.
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private readonly object _lock = new();
    private readonly List<Timer> _timers = [];
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock) return _now;
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Advance(TimeSpan by) => SetUtcNow(GetUtcNow() + by);

    /// <summary>Moves the clock to <paramref name="to"/> (never backwards) and fires every timer due by then.</summary>
    public void SetUtcNow(DateTimeOffset to)
    {
        while (true)
        {
            Timer? due;
            lock (_lock)
            {
                if (to > _now) _now = to;
                due = _timers.Where(t => t.DueAt is { } at && at <= _now).MinBy(t => t.DueAt);
                if (due is null) return;
                due.DueAt = due.Period > TimeSpan.Zero ? due.DueAt + due.Period : null;
            }
            due.Fire();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new Timer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private sealed class Timer(ManualClock clock, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset? DueAt { get; set; }
        public TimeSpan Period { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var now = dueTime != Timeout.InfiniteTimeSpan && dueTime <= TimeSpan.Zero;
            lock (clock._lock)
            {
                Period = period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period;
                DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : now ? (Period > TimeSpan.Zero ? clock._now + Period : null) : clock._now + dueTime;
                if (!clock._timers.Contains(this)) clock._timers.Add(this);
            }
            // Due already: fire as a real timer would, without waiting for the clock to move.
            if (now) ThreadPool.QueueUserWorkItem(_ => Fire());
            return true;
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (clock._lock) clock._timers.Remove(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
