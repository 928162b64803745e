using KioskGuide.Storage;
using KioskGuide.Sync.Engine;
using KioskGuide.Sync.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace KioskGuide.Sync.Tests;

public sealed class HarvesterTests : IAsyncLifetime
{
    private FakeFeed _feed = null!;

    public async Task InitializeAsync() => _feed = await FakeFeed.StartAsync();

    public async Task DisposeAsync() => await _feed.DisposeAsync();

    [Fact]
    public async Task A_first_sync_follows_every_page_to_the_empty_last_page_and_is_caught_up()
    {
        for (int i = 0; i < 5; i++)
        {
            _feed.Publish(Offers.Get(i));
        }

        await using var rig = await SyncRig.StartAsync(_feed.Root);
        var outcome = await rig.RunAsync();
        Assert.Equal(SyncResult.CaughtUp, outcome.Result);
        Assert.Equal(3, outcome.PagesApplied);
        Assert.Equal(5, rig.Catalogue.Offers.Count);
        Assert.Equal(["/", "/feeds/services", "/feeds/services?afterChangeNumber=2", "/feeds/services?afterChangeNumber=4", "/feeds/services?afterChangeNumber=5"], _feed.Requests);
        Assert.Empty(rig.Logs.Problems);
    }

    [Fact]
    public async Task An_idle_poll_replays_the_servers_etag_and_changes_nothing()
    {
        _feed.Publish(Offers.A);
        await using var rig = await SyncRig.StartAsync(_feed.Root);
        await rig.RunAsync();
        var catalogue = rig.Catalogue;

        var outcome = await rig.RunAsync();
        Assert.Equal(SyncResult.CaughtUp, outcome.Result);
        Assert.Equal(0, outcome.OffersChanged);
        Assert.StartsWith("/feeds/services?afterChangeNumber=1 If-None-Match \"", _feed.Requests[^1], StringComparison.Ordinal);
        Assert.Same(catalogue, rig.Catalogue); // Nothing changed, so no rebuild.
    }

    [Fact]
    public async Task Updates_and_tombstones_are_applied_and_a_recreated_id_comes_back()
    {
        _feed.Publish(Offers.A);
        _feed.Publish(Offers.B);
        await using var rig = await SyncRig.StartAsync(_feed.Root);
        await rig.RunAsync();

        _feed.Publish(Offers.A with { Name = "Nyt navn" });
        _feed.Delete(Offers.B.Id);
        await rig.RunAsync();
        Assert.Equal("Nyt navn", rig.Catalogue.Names());

        _feed.Publish(Offers.B);
        await rig.RunAsync();
        Assert.Equal(2, rig.Catalogue.Offers.Count);
        Assert.Equal(_feed.LastPosition, await rig.Store.GetFeedModifiedAsync("service", Offers.B.Id.ToString()));
    }

    [Fact]
    public async Task The_same_id_on_two_pages_keeps_the_higher_modified_and_ignores_an_older_one_arriving_later()
    {
        _feed.Publish(Offers.A with { Name = "Version 5" }, modified: 5);
        _feed.Publish(Offers.B);
        _feed.Publish(Offers.A with { Name = "Version 3" }, modified: 3);
        await using var rig = await SyncRig.StartAsync(_feed.Root);
        await rig.RunAsync();
        Assert.Equal("Version 5", rig.Offer(Offers.A.Id)!.Name);
    }

    [Fact]
    public async Task A_failed_page_keeps_the_cursor_after_the_last_applied_page_and_the_next_run_resumes_there()
    {
        for (int i = 0; i < 6; i++)
        {
            _feed.Publish(Offers.Get(i));
        }

        bool broken = true;
        _feed.Fault = context => Task.FromResult(broken && context.Request.QueryString.Value == "?afterChangeNumber=4" && Fail(context));
        await using var rig = await SyncRig.StartAsync(_feed.Root);
        var failed = await rig.RunAsync();
        Assert.Equal(SyncResult.Failed, failed.Result);
        Assert.Equal(2, failed.PagesApplied);
        Assert.Equal(4, rig.Catalogue.Offers.Count); // What was applied before the failure is shown.
        Assert.Equal(_feed.PageAfter(4).AbsoluteUri, await rig.MetaAsync("sync.next"));

        broken = false;
        Assert.Equal(SyncResult.CaughtUp, (await rig.RunAsync()).Result);
        Assert.Equal("/feeds/services?afterChangeNumber=4", _feed.Requests.Where(r => r != "/").ToList()[^2]);
        Assert.Equal(6, rig.Catalogue.Offers.Count);

        static bool Fail(Microsoft.AspNetCore.Http.HttpContext context)
        {
            context.Response.StatusCode = 500;
            return true;
        }
    }

    /// <summary>
    /// The server purges tombstones after 30 days. A kiosk away longer cannot learn of those deletions
    /// from the feed, so it walks the feed from the start and removes what it did not see.
    /// Away time is measured with the server's Date header, not the kiosk's clock (set absurdly here).
    /// </summary>
    [Fact]
    public async Task A_kiosk_away_longer_than_the_tombstone_window_resyncs_fully_and_sweeps_what_is_gone()
    {
        var serverNow = new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);
        _feed.ServerDate = serverNow;
        _feed.Publish(Offers.A);
        _feed.Publish(Offers.B);
        _feed.Publish(Offers.C);
        var kioskClock = new FakeTimeProvider(new DateTimeOffset(1999, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var rig = await SyncRig.StartAsync(_feed.Root, clock: kioskClock);
        await rig.RunAsync();

        _feed.Forget(Offers.B.Id); // Deleted, and its tombstone purged since.
        _feed.ServerDate = serverNow.AddDays(20);
        await rig.RunAsync();
        Assert.Equal(3, rig.Catalogue.Offers.Count); // Within the window the kiosk trusts its cursor.

        _feed.ServerDate = serverNow.AddDays(20 + 29);
        var outcome = await rig.RunAsync();
        Assert.True(outcome.FullResync);
        Assert.Equal(SyncResult.CaughtUp, outcome.Result);
        Assert.Equal([Offers.A.Name, Offers.C.Name], rig.Catalogue.Offers.Select(o => o.Name).Order(StringComparer.Ordinal));
        Assert.Null(await rig.MetaAsync("sync.sweep"));
    }

    [Fact]
    public async Task Cursors_come_from_the_server_so_the_kiosk_clock_changes_no_request()
    {
        for (int i = 0; i < 3; i++)
        {
            _feed.Publish(Offers.Get(i));
        }

        var requests = new List<IReadOnlyList<string>>();
        foreach (var kioskNow in new[] { new DateTimeOffset(1999, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2099, 1, 1, 0, 0, 0, TimeSpan.Zero) })
        {
            await using var feed = await FakeFeed.StartAsync();
            for (int i = 0; i < 3; i++)
            {
                feed.Publish(Offers.Get(i));
            }

            await using var rig = await SyncRig.StartAsync(feed.Root, clock: new FakeTimeProvider(kioskNow));
            await rig.RunAsync();
            feed.Publish(Offers.D);
            await rig.RunAsync();
            await rig.RunAsync();
            Assert.Equal(4, rig.Catalogue.Offers.Count);
            requests.Add(feed.Requests);
        }

        Assert.Equal(requests[0].Select(StripETag), requests[1].Select(StripETag));

        static string StripETag(string request) => request.Split(" If-None-Match ")[0];
    }

    [Fact]
    public async Task Pointing_the_kiosk_at_another_feed_starts_over_and_keeps_only_that_feeds_offers()
    {
        _feed.Publish(Offers.A);
        _feed.Publish(Offers.B, modified: 1000);
        await using var other = await FakeFeed.StartAsync();
        other.Publish(Offers.B with { Name = "B fra den nye feed" }); // modified 1: lower than the old feed's 1000
        other.Publish(Offers.C);
        await using var rig = await SyncRig.StartAsync(_feed.Root);
        await rig.RunAsync();

        await rig.RestartAsync(new() { ["Sync:FeedRoot"] = other.Root.ToString() });
        var outcome = await rig.RunAsync();
        Assert.True(outcome.FullResync);
        Assert.Equal($"B fra den nye feed | {Offers.C.Name}", rig.Catalogue.Names());
    }
}
