namespace KioskGuide.Soak;

/// <summary>
/// The kiosk's time during a soak: from Saturday 27 March 2027 10:00 (Copenhagen), open until 14:00; then Easter
/// Sunday (a public holiday, and the night summer time starts: 02:00 → 03:00) and Easter Monday, closed; then Tuesday
/// from 10:00. About half the sessions fall on the Saturday, an eighth meet the closed page over the holidays (at
/// 1,000 sessions each jumps about half an hour), the rest fall on Tuesday: the run crosses three midnights, the DST change and two closing days.
/// </summary>
internal sealed class SoakClock(int sessions)
{
    public static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
    public static readonly DateTimeOffset Start = new(2027, 3, 27, 10, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset SaturdayClose = new(2027, 3, 27, 14, 0, 0, TimeSpan.FromHours(1));

    private readonly TimeSpan _openStep = TimeSpan.FromTicks((SaturdayClose - Start).Ticks / Math.Max(1, sessions / 2));
    private readonly TimeSpan _closedStep = TimeSpan.FromHours(68.0 / Math.Max(1, sessions / 8));

    public DateTimeOffset Now { get; private set; } = Start;

    /// <summary>The next session's time: a short step while the library is open, a long one while it is closed.</summary>
    public DateTimeOffset Next(bool wasClosed) => Now += wasClosed ? _closedStep : _openStep;

    public static string Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Copenhagen).ToString("ddd d MMM HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture);
}
