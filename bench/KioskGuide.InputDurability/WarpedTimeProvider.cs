namespace KioskGuide.InputDurability;

/// <summary>
/// The kiosk's clock, running <see cref="Factor"/> times faster than real time from a shared epoch, so the
/// uploader's real backoff (5 s doubling to 30 min) plays out in milliseconds, the same in every process;
/// <paramref name="ahead"/> moves it further on, as if the kiosk had been running that much longer.
/// </summary>
internal sealed class WarpedTimeProvider(DateTimeOffset epoch, TimeSpan ahead = default) : TimeProvider
{
    public const int Factor = 200;

    public override DateTimeOffset GetUtcNow() => epoch + ((DateTimeOffset.UtcNow - epoch) * Factor) + ahead;
}
