using KioskGuide.Hosting;
using KioskGuide.Central.CitizenInput.Configuration;
using KioskGuide.Domain.Schedules;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KioskGuide.Central.CitizenInput.Storage;

/// <summary>
/// The retention rule, applied by the server itself: at start and then every night, answers given before the
/// first day of the month <see cref="CitizenInputServerOptions.RetentionMonths"/> months ago are deleted.
/// The purge-answers command does the same on demand (docs/citizen-input/retention.md).
/// </summary>
public sealed class ResponsePurger(
    IResponseStore responses,
    IOptions<CitizenInputServerOptions> options,
    TimeProvider time,
    ILogger<ResponsePurger> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        RepeatingRound.RunAsync(
            TimeSpan.FromHours(24),
            time,
            PurgeAsync,
            ex => logger.LogError("The nightly purge of old answers failed ({Error}); it is tried again tomorrow", ex.GetType().Name),
            stoppingToken);

    /// <summary>Deletes what the rule says is too old; returns how many answers.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), KioskTimeZone.Copenhagen).DateTime);
        var keepFrom = options.Value.KeepFrom(today);
        int removed = await responses.PurgeBeforeAsync(keepFrom, cancellationToken);
        if (removed > 0)
        {
            logger.LogInformation("Deleted {Count} answer(s) given before {KeepFrom:yyyy-MM-dd} (retention {Months} months)", removed, keepFrom, options.Value.RetentionMonths);
        }

        return removed;
    }
}
