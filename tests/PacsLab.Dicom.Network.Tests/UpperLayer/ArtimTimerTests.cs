using PacsLab.Dicom.Network.UpperLayer;

namespace PacsLab.Dicom.Network.Tests.UpperLayer;

public class ArtimTimerTests
{
    private readonly ManualTimeProvider _time = new();
    private int _expirations;

    private ArtimTimer NewTimer(TimeSpan? timeout = null) => new(() => _expirations++, timeout, _time);

    [Fact]
    public void DefaultTimeout_Is30Seconds()
    {
        using var timer = NewTimer();
        Assert.Equal(TimeSpan.FromSeconds(30), timer.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(30), ArtimTimer.DefaultTimeout);
    }

    [Fact]
    public void Start_TimeoutElapses_ExpiresOnceAndStopsRunning()
    {
        using var timer = NewTimer();
        timer.Start();
        Assert.True(timer.IsRunning);

        _time.Advance(TimeSpan.FromSeconds(30));
        _time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(1, _expirations);
        Assert.False(timer.IsRunning);
    }

    [Fact]
    public void Start_BeforeTimeoutElapses_DoesNotExpire()
    {
        using var timer = NewTimer();
        timer.Start();

        _time.Advance(TimeSpan.FromSeconds(29.9));

        Assert.Equal(0, _expirations);
        Assert.True(timer.IsRunning);
    }

    [Fact]
    public void Stop_BeforeTimeout_NeverExpiresAndReleasesTheTimer()
    {
        using var timer = NewTimer();
        timer.Start();
        _time.Advance(TimeSpan.FromSeconds(10));

        timer.Stop();
        _time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(0, _expirations);
        Assert.False(timer.IsRunning);
        Assert.Equal(0, _time.ActiveTimerCount);
    }

    [Fact]
    public void Start_WhileRunning_RestartsTheFullTimeout()
    {
        using var timer = NewTimer(TimeSpan.FromSeconds(10));
        timer.Start();
        _time.Advance(TimeSpan.FromSeconds(8));

        timer.Start();
        _time.Advance(TimeSpan.FromSeconds(8));
        Assert.Equal(0, _expirations);

        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, _expirations);
        Assert.Equal(0, _time.ActiveTimerCount);
    }

    [Fact]
    public void Stop_WhenNotRunning_DoesNothing()
    {
        using var timer = NewTimer();
        timer.Stop();
        Assert.False(timer.IsRunning);
    }

    [Fact]
    public void Start_AfterDispose_Throws()
    {
        var timer = NewTimer();
        timer.Dispose();
        Assert.Throws<ObjectDisposedException>(timer.Start);
    }

    [Fact]
    public void Constructor_NonPositiveTimeout_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NewTimer(TimeSpan.Zero));
    }
}
