using KioskGuide.Sync.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KioskGuide.Sync;

/// <summary>
/// The kiosk's background sync: runs at start, then after the poll interval or the retry delay. Does
/// nothing unless Sync:Enabled is true, so a kiosk without a feed never touches the network.
/// </summary>
public sealed class SyncWorker(
    IServiceProvider services,
    IOptions<SyncOptions> options,
    SyncNow syncNow,
    TimeProvider time,
    ILogger<SyncWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        // Resolved only when enabled, so a disabled kiosk builds no HTTP client at all.
        var run = services.GetRequiredService<SyncRun>();
        var retry = services.GetRequiredService<RetryPolicy>();
        logger.LogInformation("Sync is on: following {Root} ({Mode}), polling every {Poll} s", settings.RootUri(), settings.Mode, settings.PollIntervalSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            var outcome = await run.RunAsync(stoppingToken);
            var delay = retry.Next(outcome);
            // Debug: a failure already logged its one line; this only says when the next try is.
            logger.LogDebug("Sync: next run in {Delay:0} s", delay.TotalSeconds);

            try
            {
                // Staff mode's "sync now" ends the wait early.
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                var woken = syncNow.WaitAsync(wait.Token);
                await Task.WhenAny(Task.Delay(delay, time, wait.Token), woken);
                await wait.CancelAsync();
                stoppingToken.ThrowIfCancellationRequested();
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
