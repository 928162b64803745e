using KioskGuide.Storage;
using Microsoft.Extensions.Options;

namespace KioskGuide.Kiosk.Demand;

/// <summary>
/// Moves the in-memory counters into the kiosk's database every <see cref="DemandOptions.FlushSeconds"/> and once more
/// at stop, one transaction per flush. A failed flush gives its increments back to the tally for the next one.
/// </summary>
public sealed class DemandFlusher(
    DemandCounter counter, SqliteDemandStore store, IOptions<DemandOptions> options, TimeProvider time, ILogger<DemandFlusher> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.FlushSeconds), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(CancellationToken.None);
    }

    /// <summary>Writes what was counted since the last flush; returns how many counters it wrote.</summary>
    public async Task<int> FlushAsync(CancellationToken cancellationToken)
    {
        var drained = counter.Tally.Drain();
        if (drained.Count == 0)
        {
            return 0;
        }

        try
        {
            await store.AddAsync(drained, cancellationToken);
            return drained.Values.Sum(d => d.Count);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            counter.Tally.Restore(drained);
            logger.LogWarning("Demand counters not written ({Error}); kept in memory for the next flush", ex.GetType().Name);
            return 0;
        }
    }
}
