namespace PacsLab.Dicom.Network.Tests.UpperLayer;

/// <summary>A TimeProvider whose clock only moves when a test calls <see cref="Advance"/>.</summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now = new(2025, 1, 1, 8, 0, 0, TimeSpan.Zero);

    public int ActiveTimerCount
    {
        get { lock (_timers) return _timers.Count(t => t.DueAt is not null); }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_timers) return _now;
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        lock (_timers) _timers.Add(timer);
        timer.Change(dueTime, period);
        return timer;
    }

    public void Advance(TimeSpan by)
    {
        DateTimeOffset target;
        lock (_timers) target = _now + by;
        while (true)
        {
            ManualTimer? due;
            lock (_timers)
            {
                due = _timers.Where(t => t.DueAt <= target).OrderBy(t => t.DueAt).FirstOrDefault();
                if (due is null)
                {
                    _now = target;
                    return;
                }
                _now = due.DueAt!.Value;
                due.DueAt = due.Period > TimeSpan.Zero && due.Period != Timeout.InfiniteTimeSpan
                    ? _now + due.Period
                    : null;
            }
            due.Fire();
        }
    }

    private void Remove(ManualTimer timer)
    {
        lock (_timers) _timers.Remove(timer);
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset? DueAt { get; set; }

        public TimeSpan Period { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner._timers)
            {
                DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : owner._now + dueTime;
                Period = period;
            }
            return true;
        }

        public void Fire() => callback(state);

        public void Dispose() => owner.Remove(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
