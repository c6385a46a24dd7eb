namespace PacsLab.Department.Tests.Ris;

/// <summary>A clock that reads a fixed instant, moved by hand, so history times are known.</summary>
internal sealed class FixedClock(DateTimeOffset? now = null) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now ?? new DateTimeOffset(2026, 3, 10, 7, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;
}
