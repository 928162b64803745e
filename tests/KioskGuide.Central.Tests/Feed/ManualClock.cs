namespace KioskGuide.Central.Tests.Feed;

/// <summary>A clock a test can set anywhere, backwards too (FakeTimeProvider refuses to go back).</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
