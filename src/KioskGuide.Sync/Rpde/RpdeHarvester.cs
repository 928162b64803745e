using KioskGuide.Feed.Profile;
using KioskGuide.Storage;
using KioskGuide.Storage.Feed;
using KioskGuide.Sync.Engine;
using KioskGuide.Sync.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KioskGuide.Sync.Rpde;

/// <summary>
/// Follows the RPDE feed of services from the stored cursor to the end (feeds.md §6.2): each page and
/// the cursor past it are written in one transaction; "caught up" is an empty page whose next is itself;
/// a kiosk away longer than the tombstone window walks the feed from the start and sweeps.
/// </summary>
public sealed class RpdeHarvester(
    FeedClient client,
    SqliteOfferStore store,
    IOptions<SyncOptions> options,
    TimeProvider time,
    ILogger<RpdeHarvester> logger)
{
    /// <summary>Upper bound of pages in one run, so a feed that never ends cannot hold sync forever.</summary>
    public const int MaxPagesPerRun = 10_000;

    public async Task<SyncOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var start = new Uri(settings.RootUri(), HsdsProfile.ServicesFeedPath);
        string feed = $"{SyncMode.Rpde} {settings.RootUri()}";
        var state = await SyncState.LoadAsync(store, cancellationToken);
        bool fullResync = false;
        if (state.Feed != feed || state.Next is null)
        {
            if (state.Feed is not null && state.Feed != feed)
            {
                await store.ResetFeedStateAsync(new Dictionary<string, string?> { [SyncState.FeedKey] = feed }, cancellationToken);
            }

            state = await StartFullResyncAsync(state with { Feed = feed }, start, "first sync from this feed", cancellationToken);
            fullResync = true;
        }

        var url = state.Next!;
        var visited = new HashSet<Uri>();
        int changed = 0, pages = 0;
        bool first = true;
        while (pages < MaxPagesPerRun)
        {
            if (!visited.Add(url))
            {
                return Failed($"the feed's next link leads back to {url}, a page already read in this run (publisher bug)", changed, pages);
            }

            var response = await client.GetAsync(url, url == state.Next ? state.ETag : null, cancellationToken);
            if (response.Kind == FeedResponseKind.Failed)
            {
                return new SyncOutcome
                {
                    Result = SyncResult.Failed, Problem = response.Problem, RetryAfter = response.RetryAfter, Gone = response.Gone,
                    OffersChanged = changed, PagesApplied = pages, FullResync = fullResync,
                };
            }

            if (first && state.Sweep is null && IsAwayTooLong(state.LastSuccess, response.ServerDate ?? time.GetUtcNow(), settings, out var away))
            {
                // Tombstones older than the window are gone from the feed: only a walk from the start and a sweep can find removals.
                state = await StartFullResyncAsync(state, start, $"last caught up {away.TotalDays:0} days ago, beyond the feed's tombstone window", cancellationToken);
                fullResync = true;
                url = start;
                visited.Clear();
                first = false;
                continue;
            }

            first = false;
            if (response.Kind == FeedResponseKind.NotModified)
            {
                return await CaughtUpAsync(state, url, response.ETag, response.ServerDate, changed, pages, fullResync, cancellationToken);
            }

            using var page = RpdePage.TryParse(response.Body, out var problem);
            if (page is null)
            {
                return Failed($"{url} is not a usable RPDE page: {problem}", changed, pages);
            }

            if (!SameOrigin(page.Next, settings.RootUri()))
            {
                return Failed($"{url} has a next link to another address ({page.Next.GetLeftPart(UriPartial.Authority)}); refused", changed, pages);
            }

            bool nextIsSelf = page.Next == url;
            if (page.Items.Count == 0 && nextIsSelf)
            {
                return await CaughtUpAsync(state, url, response.ETag, response.ServerDate, changed, pages, fullResync, cancellationToken);
            }

            if (nextIsSelf)
            {
                return Failed($"{url} has {page.Items.Count} items but its next link is itself (publisher bug); not applied", changed, pages);
            }

            var decoded = Decode(page);
            var result = await store.ApplyFeedPageAsync(new FeedPageWrite
            {
                Changes = decoded.Changes,
                Quarantined = decoded.Quarantined,
                Sweep = state.Sweep,
                Meta = new Dictionary<string, string?> { [SyncState.NextKey] = page.Next.AbsoluteUri, [SyncState.ETagKey] = null },
            }, cancellationToken);
            LogItems(decoded, result);
            changed += result.OffersChanged;
            pages++;
            state = state with { Next = page.Next, ETag = null };
            url = page.Next;
        }

        return Failed($"the feed did not end within {MaxPagesPerRun} pages", changed, pages);

        SyncOutcome Failed(string problem, int offersChanged, int pagesApplied) => new()
        {
            Result = SyncResult.Failed, Problem = problem, OffersChanged = offersChanged, PagesApplied = pagesApplied, FullResync = fullResync,
        };
    }

    private async Task<SyncOutcome> CaughtUpAsync(
        SyncState state, Uri url, string? etag, DateTimeOffset? serverDate, int changed, int pages, bool fullResync, CancellationToken ct)
    {
        var meta = new Dictionary<string, string?>
        {
            [SyncState.NextKey] = url.AbsoluteUri,
            [SyncState.ETagKey] = etag,
            [SyncState.LastSuccessKey] = SyncState.Format(serverDate ?? time.GetUtcNow()),
            [SyncState.LastErrorKey] = null,
        };
        if (state.Sweep is { } sweep)
        {
            meta[SyncState.SweepKey] = null;
            int removed = await store.SweepAsync(HsdsProfile.ServiceKind, sweep, meta, ct);
            logger.LogInformation("Sync: full resync finished; {Removed} offers that are no longer in the feed were removed", removed);
            changed += removed;
        }
        else
        {
            await store.SetMetaAsync(meta, ct);
        }

        return new SyncOutcome { Result = SyncResult.CaughtUp, OffersChanged = changed, PagesApplied = pages, FullResync = fullResync };
    }

    private async Task<SyncState> StartFullResyncAsync(SyncState state, Uri start, string why, CancellationToken ct)
    {
        long sweep = state.SweepCounter + 1;
        await store.SetMetaAsync(new Dictionary<string, string?>
        {
            [SyncState.FeedKey] = state.Feed,
            [SyncState.NextKey] = start.AbsoluteUri,
            [SyncState.ETagKey] = null,
            [SyncState.SweepKey] = SyncState.Format(sweep),
            [SyncState.SweepCounterKey] = SyncState.Format(sweep),
        }, ct);
        logger.LogInformation("Sync: full resync from {Start} ({Why}); offers not in the feed are removed at the end", start, why);
        return state with { Next = start, ETag = null, Sweep = sweep, SweepCounter = sweep };
    }

    private static DecodedPage Decode(RpdePage page)
    {
        var decoded = new DecodedPage([], [], []);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var repeated = new List<string>();
        foreach (var item in page.Items)
        {
            if (item.Kind is not null && item.Kind != HsdsProfile.ServiceKind)
            {
                continue; // Other kinds (RPDE allows several per feed) are not this kiosk's.
            }

            if (item.Problem is not null)
            {
                decoded.Quarantined.Add(new FeedItemQuarantine(HsdsProfile.ServiceKind, item.Id ?? "(no id)", item.Modified, item.Problem));
                continue;
            }

            if (!seen.Add(item.Id!))
            {
                repeated.Add(item.Id!);
            }

            ServiceItems.Decide(item.Id, item.Modified!.Value, item.State == RpdeItem.Deleted, item.Data, decoded);
        }

        if (repeated.Count > 0)
        {
            decoded.Warnings.Add($"the page lists {string.Join(", ", repeated.Distinct(StringComparer.OrdinalIgnoreCase))} more than once (publisher bug); the highest modified wins");
        }

        return decoded;
    }

    private void LogItems(DecodedPage decoded, FeedPageResult result)
    {
        foreach (var bad in result.NewlyQuarantined)
        {
            logger.LogWarning("Sync: quarantined {Kind} {Id} (modified {Modified}): {Reason}; the last good version, if any, stays", bad.Kind, bad.Id, bad.Modified?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown", bad.Reason);
        }

        foreach (var warning in decoded.Warnings)
        {
            logger.LogWarning("Sync: {Warning}", warning);
        }
    }

    private static bool IsAwayTooLong(DateTimeOffset? lastSuccess, DateTimeOffset now, SyncOptions settings, out TimeSpan away)
    {
        away = lastSuccess is { } last ? now - last : TimeSpan.Zero;
        return lastSuccess is not null && away > settings.FullResyncAfter;
    }

    private static bool SameOrigin(Uri next, Uri root) =>
        next.Scheme == root.Scheme && next.Port == root.Port && string.Equals(next.Host, root.Host, StringComparison.OrdinalIgnoreCase);
}
