using KioskGuide.Central.Feed.Configuration;
using KioskGuide.Central.Feed.Data;
using Microsoft.Extensions.Options;

namespace KioskGuide.Central.Feed.Content;

/// <summary>Removes tombstones older than the retention window, hourly. Kiosks away longer resync fully.</summary>
public sealed class TombstonePurger(IFeedStore store, IOptions<FeedOptions> options, TimeProvider time, ILogger<TombstonePurger> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        do
        {
            try
            {
                var cutoff = time.GetUtcNow() - TimeSpan.FromDays(options.Value.TombstoneRetentionDays);
                int purged = await store.PurgeTombstonesAsync(cutoff, stoppingToken);
                if (purged > 0)
                {
                    logger.LogInformation("Removed {Count} tombstones older than {Days} days", purged, options.Value.TombstoneRetentionDays);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError("Purging old tombstones failed: {Reason}", ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
