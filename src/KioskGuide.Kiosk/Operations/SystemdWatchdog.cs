using System.Globalization;
using KioskGuide.Storage;
using Microsoft.Extensions.Hosting.Systemd;

namespace KioskGuide.Kiosk.Operations;

/// <summary>
/// The systemd watchdog (WatchdogSec= in the unit): pings WATCHDOG=1 at half the interval, but only after the host
/// has shown it still works — the store answers a query within a few seconds — so a hung host (a deadlock, a
/// starved thread pool, a stuck disk) is restarted by systemd, not only a crashed one. Microsoft.Extensions.Hosting.Systemd
/// sends READY=1 and STOPPING=1 but never pings the watchdog itself. Idle when not run by systemd with a watchdog.
/// </summary>
public sealed class SystemdWatchdog(ISystemdNotifier notifier, SqliteOfferStore store, TimeProvider time, ILogger<SystemdWatchdog> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = Interval(Environment.GetEnvironmentVariable("WATCHDOG_USEC"));
        if (!notifier.IsEnabled || interval is null)
        {
            return;
        }

        var ping = new ServiceState("WATCHDOG=1");
        while (!stoppingToken.IsCancellationRequested)
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            deadline.CancelAfter(TimeSpan.FromSeconds(5));
            try
            {
                await store.CountAsync(deadline.Token);
                notifier.Notify(ping);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // No ping: if this lasts a whole WatchdogSec, systemd restarts the host.
                logger.LogWarning(ex, "Watchdog self-check failed; not pinging systemd");
            }

            await Task.Delay(interval.Value / 2, time, stoppingToken);
        }
    }

    /// <summary>systemd's WATCHDOG_USEC (microseconds) as a span; null when absent or nonsense.</summary>
    public static TimeSpan? Interval(string? watchdogUsec) =>
        long.TryParse(watchdogUsec, NumberStyles.None, CultureInfo.InvariantCulture, out var usec) && usec > 0
            ? TimeSpan.FromMicroseconds(usec)
            : null;
}
