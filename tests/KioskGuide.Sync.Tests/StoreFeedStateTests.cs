using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Sqlite;
using KioskGuide.Storage;
using KioskGuide.Storage.Feed;
using KioskGuide.Sync.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace KioskGuide.Sync.Tests;

/// <summary>The store's side of sync: guarded upserts, tombstones, quarantine, sweep, and page + cursor in one transaction.</summary>
public sealed class StoreFeedStateTests
{
    private const string Kind = "service";
    private readonly SqliteOfferStore _store;

    public StoreFeedStateTests()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kioskguide-sync-tests", Guid.NewGuid().ToString("N"));
        _store = new SqliteOfferStore(new SqliteDatabase(Path.Combine(folder, "kiosk.db")), NullLogger<SqliteOfferStore>.Instance);
        _store.InitializeAsync().GetAwaiter().GetResult();
    }

    private static FeedItemChange Put(Offer offer, long modified) => new(Kind, offer.Id.ToString(), modified, offer);

    private static FeedItemChange Remove(Offer offer, long modified) => new(Kind, offer.Id.ToString(), modified, null);

    private Task<FeedPageResult> Apply(params FeedItemChange[] changes) =>
        _store.ApplyFeedPageAsync(new FeedPageWrite { Changes = changes, Meta = new Dictionary<string, string?> { ["sync.next"] = "n" + changes.Length } });

    private async Task<string?> NameOf(Offer offer) => (await _store.LoadAllAsync()).FirstOrDefault(o => o.Id == offer.Id)?.Name;

    [Fact]
    public async Task Only_a_newer_modified_replaces_and_a_tombstone_removes()
    {
        await Apply(Put(Offers.A with { Name = "v5" }, 5));
        Assert.Equal(0, (await Apply(Put(Offers.A with { Name = "v4" }, 4))).OffersChanged);
        Assert.Equal(0, (await Apply(Put(Offers.A with { Name = "v5 again" }, 5))).OffersChanged);
        Assert.Equal("v5", await NameOf(Offers.A));
        Assert.Equal(0, (await Apply(Remove(Offers.A, 3))).OffersChanged); // An old tombstone does not delete a newer version.
        Assert.Equal(1, (await Apply(Remove(Offers.A, 6))).OffersChanged);
        Assert.Null(await NameOf(Offers.A));
        Assert.Equal(0, (await Apply(Put(Offers.A, 5))).OffersChanged); // Nor does an old version resurrect it.
        Assert.Equal(1, (await Apply(Put(Offers.A with { Name = "v7" }, 7))).OffersChanged);
        Assert.Equal("v7", await NameOf(Offers.A));
    }

    [Fact]
    public async Task Resending_identical_content_with_a_newer_modified_is_not_counted_as_a_change()
    {
        await Apply(Put(Offers.A, 1));
        Assert.Equal(0, (await Apply(Put(Offers.A, 2))).OffersChanged);
        Assert.Equal(2, await _store.GetFeedModifiedAsync(Kind, Offers.A.Id.ToString()));
    }

    /// <summary>A page that fails half way leaves neither its items nor its cursor: the transaction is all or nothing.</summary>
    [Fact]
    public async Task A_page_that_fails_half_way_applies_nothing_and_keeps_the_old_cursor()
    {
        await _store.ApplyFeedPageAsync(new FeedPageWrite { Changes = [Put(Offers.A, 1)], Meta = new Dictionary<string, string?> { ["sync.next"] = "after-1" } });
        var broken = new FeedItemChange(null!, Offers.C.Id.ToString(), 3, Offers.C); // kind NOT NULL: fails inside the transaction
        await Assert.ThrowsAsync<SqliteException>(() => _store.ApplyFeedPageAsync(new FeedPageWrite
        {
            Changes = [Put(Offers.B, 2), broken],
            Meta = new Dictionary<string, string?> { ["sync.next"] = "after-3" },
        }));

        Assert.Equal("after-1", await _store.GetMetaAsync("sync.next"));
        Assert.Equal([Offers.A.Id], (await _store.LoadAllAsync()).Select(o => o.Id));
        Assert.Null(await _store.GetFeedModifiedAsync(Kind, Offers.B.Id.ToString()));
    }

    [Fact]
    public async Task A_quarantined_item_is_reported_once_per_version_and_cleared_by_a_good_one()
    {
        await Apply(Put(Offers.A, 1));
        var bad = new FeedItemQuarantine(Kind, Offers.A.Id.ToString(), 2, "broken");
        Assert.Single((await _store.ApplyFeedPageAsync(new FeedPageWrite { Quarantined = [bad] })).NewlyQuarantined);
        Assert.Empty((await _store.ApplyFeedPageAsync(new FeedPageWrite { Quarantined = [bad] })).NewlyQuarantined);
        Assert.Equal("1", await _store.GetMetaAsync(SqliteOfferStore.QuarantinedCountKey));
        Assert.Equal("broken", await _store.GetMetaAsync(SqliteOfferStore.LastQuarantineKey));
        Assert.Equal(Offers.A.Name, await NameOf(Offers.A));

        // Older than what is applied: not a problem worth reporting.
        Assert.Empty((await _store.ApplyFeedPageAsync(new FeedPageWrite { Quarantined = [bad with { Modified = 1 }] })).NewlyQuarantined);

        await Apply(Put(Offers.A with { Name = "fixed" }, 3));
        Assert.Equal("0", await _store.GetMetaAsync(SqliteOfferStore.QuarantinedCountKey));
    }

    [Fact]
    public async Task A_sweep_removes_what_was_not_seen_but_keeps_a_quarantined_items_last_good_version()
    {
        await _store.UpsertAsync([Offers.E]); // e.g. demo content from before sync
        await Apply(Put(Offers.A, 1), Put(Offers.B, 2), Put(Offers.C, 3));
        await _store.ApplyFeedPageAsync(new FeedPageWrite
        {
            Sweep = 7,
            Changes = [Put(Offers.A, 1), Remove(Offers.D, 9)],
            Quarantined = [new FeedItemQuarantine(Kind, Offers.B.Id.ToString(), 4, "broken")],
        });

        int removed = await _store.SweepAsync(Kind, 7, new Dictionary<string, string?>());
        Assert.Equal(2, removed); // C (not seen) and E (never from the feed)
        Assert.Equal(new[] { Offers.A.Id, Offers.B.Id }.Order(), (await _store.LoadAllAsync()).Select(o => o.Id).Order());
    }

    [Fact]
    public async Task The_existing_store_api_still_works_beside_the_feed_state()
    {
        await _store.UpsertAsync([Offers.A, Offers.B]);
        Assert.Equal(2, await _store.CountAsync());
        Assert.Equal(1, await _store.DeleteAsync([Offers.A.Id]));
        await _store.SetMetaAsync("k", "v");
        Assert.Equal("v", await _store.GetMetaAsync("k"));
        Assert.Equal([Offers.B.Id], (await _store.LoadAllAsync()).Select(o => o.Id));
    }
}
