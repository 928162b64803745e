using System.Globalization;
using System.Text.Json;
using KioskGuide.Feed.Profile;
using KioskGuide.Storage;
using KioskGuide.Storage.Feed;
using KioskGuide.Sync.Engine;
using KioskGuide.Sync.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KioskGuide.Sync.Hsds;

/// <summary>
/// Follows a plain HSDS 3 API, which has no deletion signal and no stable cursor: every run reads all
/// of <c>/services?full=true</c> page by page and, only when every page was read, removes what was not
/// seen (mark-and-sweep). Upserts are idempotent because <c>modified_after</c>-style data repeats.
/// </summary>
public sealed class HsdsSweeper(
    FeedClient client,
    SqliteOfferStore store,
    IOptions<SyncOptions> options,
    TimeProvider time,
    ILogger<HsdsSweeper> logger)
{
    public const int MaxPages = 10_000;

    public async Task<SyncOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        string feed = $"{SyncMode.Hsds} {settings.RootUri()}";
        var state = await SyncState.LoadAsync(store, cancellationToken);
        if (state.Feed != feed)
        {
            await store.ResetFeedStateAsync(new Dictionary<string, string?> { [SyncState.FeedKey] = feed }, cancellationToken);
        }

        long sweep = state.SweepCounter + 1;
        await store.SetMetaAsync(new Dictionary<string, string?> { [SyncState.SweepCounterKey] = SyncState.Format(sweep) }, cancellationToken);
        int changed = 0;
        DateTimeOffset? serverDate = null;
        for (int number = 1; number <= MaxPages; number++)
        {
            var url = new Uri(settings.RootUri(), string.Create(CultureInfo.InvariantCulture, $"services?page={number}&per_page={settings.HsdsPageSize}&full=true"));
            var response = await client.GetAsync(url, null, cancellationToken);
            if (response.Kind != FeedResponseKind.Ok)
            {
                return Failed(response.Problem ?? $"{url} answered 304 without being asked conditionally", response.RetryAfter, response.Gone);
            }

            serverDate = response.ServerDate ?? serverDate;
            using var page = HsdsPage.TryParse(response.Body, number, out var problem);
            if (page is null)
            {
                return Failed($"{url} is not a usable HSDS page: {problem}", null, false);
            }

            var decoded = new DecodedPage([], [], []);
            foreach (var service in page.Contents)
            {
                ServiceItems.Decide(Id(service), LastModified(service), deleted: false, service, decoded);
            }

            var result = await store.ApplyFeedPageAsync(new FeedPageWrite
            {
                Changes = decoded.Changes,
                Quarantined = decoded.Quarantined,
                ReplaceWhenEqual = true,
                Sweep = sweep,
            }, cancellationToken);
            foreach (var bad in result.NewlyQuarantined)
            {
                logger.LogWarning("Sync: quarantined {Kind} {Id}: {Reason}; the last good version, if any, stays", bad.Kind, bad.Id, bad.Reason);
            }

            foreach (var warning in decoded.Warnings)
            {
                logger.LogWarning("Sync: {Warning}", warning);
            }

            changed += result.OffersChanged;
            if (page.IsLast)
            {
                int removed = await store.SweepAsync(HsdsProfile.ServiceKind, sweep, new Dictionary<string, string?>
                {
                    [SyncState.LastSuccessKey] = SyncState.Format(serverDate ?? time.GetUtcNow()),
                    [SyncState.LastErrorKey] = null,
                }, cancellationToken);
                return new SyncOutcome { Result = SyncResult.CaughtUp, OffersChanged = changed + removed, PagesApplied = number, FullResync = true };
            }
        }

        return Failed($"the directory did not end within {MaxPages} pages", null, false);

        SyncOutcome Failed(string problem, TimeSpan? retryAfter, bool gone) => new()
        {
            Result = SyncResult.Failed, Problem = problem, RetryAfter = retryAfter, Gone = gone, OffersChanged = changed, FullResync = true,
        };
    }

    private static string? Id(JsonElement service) =>
        service.ValueKind == JsonValueKind.Object && service.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;

    /// <summary>last_modified in milliseconds, the ordering value in this mode; 0 when absent.</summary>
    private static long LastModified(JsonElement service) =>
        service.ValueKind == JsonValueKind.Object && service.TryGetProperty("last_modified", out var value) && value.ValueKind == JsonValueKind.String
        && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date.ToUnixTimeMilliseconds()
            : 0;
}
