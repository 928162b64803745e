using KioskGuide.Storage;
using KioskGuide.Sync.Hsds;
using KioskGuide.Sync.Rpde;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KioskGuide.Sync.Engine;

/// <summary>
/// One sync run: check the feed's root (once, and again after a failure), harvest, tell the listeners
/// when the store changed. A failure is logged here as exactly one line; the store keeps what it had.
/// </summary>
public sealed class SyncRun(
    FeedRootCheck rootCheck,
    RpdeHarvester harvester,
    HsdsSweeper sweeper,
    SqliteOfferStore store,
    IEnumerable<ISyncListener> listeners,
    IOptions<SyncOptions> options,
    TimeProvider time,
    ILogger<SyncRun> logger)
{
    private bool _rootChecked;

    public async Task<SyncOutcome> RunAsync(CancellationToken cancellationToken)
    {
        SyncOutcome outcome;
        try
        {
            outcome = await HarvestAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A fault no check foresaw (e.g. the disk): report it like any failure and keep the kiosk running.
            outcome = new SyncOutcome { Result = SyncResult.Failed, Problem = $"unexpected {ex.GetType().Name}: {ex.Message}" };
        }

        if (outcome.Result != SyncResult.CaughtUp)
        {
            _rootChecked = false;
            var level = outcome.Result == SyncResult.Unsupported || outcome.Gone ? LogLevel.Error : LogLevel.Warning;
            logger.Log(level, "Sync failed: {Problem}. The kiosk keeps showing its current offers{Progress}.", outcome.Problem,
                outcome.PagesApplied > 0 ? $" ({outcome.PagesApplied} pages applied before the failure)" : "");
            await RecordErrorAsync(outcome.Problem, cancellationToken);
        }

        if (outcome.OffersChanged > 0)
        {
            foreach (var listener in listeners)
            {
                await listener.StoreChangedAsync(cancellationToken);
            }
        }

        return outcome;
    }

    private async Task<SyncOutcome> HarvestAsync(CancellationToken cancellationToken)
    {
        if (!_rootChecked)
        {
            if (await rootCheck.CheckAsync(cancellationToken) is { } refused)
            {
                return refused;
            }

            _rootChecked = true;
        }

        return options.Value.Mode == SyncMode.Rpde
            ? await harvester.RunAsync(cancellationToken)
            : await sweeper.RunAsync(cancellationToken);
    }

    private async Task RecordErrorAsync(string? problem, CancellationToken cancellationToken)
    {
        try
        {
            await store.SetMetaAsync(SyncState.LastErrorKey, $"{SyncState.Format(time.GetUtcNow())} {problem}", cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogDebug(ex, "Sync: could not record the last error for staff");
        }
    }
}
