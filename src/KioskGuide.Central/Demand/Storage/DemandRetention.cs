using KioskGuide.Hosting;
using KioskGuide.Central.CitizenInput.Configuration;
using KioskGuide.Domain.Schedules;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KioskGuide.Central.Demand.Storage;

/// <summary>
/// Creates the demand table at start, then applies the answers' retention rule (CitizenInput:RetentionMonths whole
/// months after the month of the day) at start and every 24 hours.
/// </summary>
public sealed class DemandRetention(
    DemandDayStore store, IOptions<CitizenInputServerOptions> options, TimeProvider time, ILogger<DemandRetention> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        RepeatingRound.RunAsync(
            TimeSpan.FromHours(24),
            time,
            PurgeAsync,
            ex => logger.LogError("The nightly purge of old demand counters failed ({Error}); it is tried again tomorrow", ex.GetType().Name),
            stoppingToken);

    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), KioskTimeZone.Copenhagen).DateTime);
        var keepFrom = options.Value.KeepFrom(today);
        int removed = await store.PurgeBeforeAsync(keepFrom, cancellationToken);
        if (removed > 0)
        {
            logger.LogInformation("Deleted {Count} demand counter(s) of days before {KeepFrom:yyyy-MM-dd}", removed, keepFrom);
        }

        return removed;
    }
}
