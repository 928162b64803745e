namespace KioskGuide.Soak.Host;

/// <summary>
/// Real time plus an offset that only moves forward. Not FakeTimeProvider: its timers fire only when advanced, and the
/// kiosk's own waits (print jobs, staff screen, idle checks) must keep running at real speed during a soak.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Moves "now" to <paramref name="at"/>; refuses to go back (a kiosk's clock never does in a month alone).</summary>
    public bool MoveTo(DateTimeOffset at)
    {
        var offset = (at - base.GetUtcNow()).Ticks;
        if (offset < Interlocked.Read(ref _offsetTicks))
        {
            return false;
        }

        Interlocked.Exchange(ref _offsetTicks, offset);
        return true;
    }
}
