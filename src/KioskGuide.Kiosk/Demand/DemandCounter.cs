using KioskGuide.Domain.Demand;
using KioskGuide.Domain.Schedules;
using Microsoft.Extensions.Options;

namespace KioskGuide.Kiosk.Demand;

/// <summary>
/// The kiosk's one set of demand counters: an increment is a dictionary update in memory (no I/O on a tap), keyed by
/// the calendar day in Copenhagen only. <see cref="DemandFlusher"/> writes them to the database in batches.
/// </summary>
public sealed class DemandCounter(TimeProvider time, IOptions<DemandOptions> options)
{
    private readonly bool _enabled = options.Value.Enabled;

    public DemandTally Tally { get; } = new();

    public void Count(string kind, string key)
    {
        if (_enabled)
        {
            Tally.Add(Today(time), kind, key);
        }
    }

    public static DateOnly Today(TimeProvider time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), KioskTimeZone.Copenhagen).DateTime);
}
