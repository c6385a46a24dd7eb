namespace PacsLab.Dicom.Network.UpperLayer;

/// <summary>
/// The Association Request/Reject/Release timer (PS3.8 section 9.1.5). The engine starts and stops it as the
/// state machine's <see cref="StartArtim"/> and <see cref="StopArtim"/> effects say, and turns
/// <c>onExpired</c> into Evt18. Time comes from a <see cref="TimeProvider"/> so tests can drive it.
/// </summary>
public sealed class ArtimTimer : IDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private readonly Action _onExpired;
    private readonly TimeProvider _timeProvider;
    private readonly Lock _gate = new();
    private ITimer? _timer;
    private long _generation;
    private bool _disposed;

    public ArtimTimer(Action onExpired, TimeSpan? timeout = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(onExpired);
        Timeout = timeout ?? DefaultTimeout;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Timeout, TimeSpan.Zero, nameof(timeout));
        _onExpired = onExpired;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    public TimeSpan Timeout { get; }

    public bool IsRunning
    {
        get { lock (_gate) return _timer is not null; }
    }

    /// <summary>Starts the timer, or restarts the full timeout if it is already running (AA-1).</summary>
    public void Start()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _timer?.Dispose();
            var generation = ++_generation;
            _timer = _timeProvider.CreateTimer(
                _ => Expire(generation), null, Timeout, System.Threading.Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Stops the timer if it is running; an expiry already under way for an older start is dropped.</summary>
    public void Stop()
    {
        lock (_gate)
        {
            _generation++;
            _timer?.Dispose();
            _timer = null;
        }
    }

    public void Dispose()
    {
        lock (_gate)
            _disposed = true;
        Stop();
    }

    private void Expire(long generation)
    {
        lock (_gate)
        {
            // A callback from a timer that was stopped or restarted since must not count.
            if (generation != _generation || _timer is null)
                return;
            _timer.Dispose();
            _timer = null;
        }
        _onExpired();
    }
}
