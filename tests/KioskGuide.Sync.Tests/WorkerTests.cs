using KioskGuide.Sync.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KioskGuide.Sync.Tests;

/// <summary>The background loop: when it runs again, by the server's Retry-After or the poll interval, on the kiosk's TimeProvider.</summary>
public sealed class WorkerTests
{
    [Fact]
    public async Task The_worker_waits_for_retry_after_then_polls_at_the_poll_interval()
    {
        await using var feed = await FakeFeed.StartAsync();
        feed.Publish(Offers.A);
        bool down = true;
        feed.Fault = c =>
        {
            if (!down)
            {
                return Task.FromResult(false);
            }

            c.Response.StatusCode = 503;
            c.Response.Headers.RetryAfter = "120";
            return Task.FromResult(true);
        };
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var rig = await SyncRig.StartAsync(feed.Root, new() { ["Sync:PollIntervalSeconds"] = "60", ["Sync:RequestTimeoutSeconds"] = "30" }, clock);
        using var worker = new SyncWorker(rig.Services, rig.Services.GetRequiredService<IOptions<SyncOptions>>(), new SyncNow(), clock, rig.Services.GetRequiredService<ILogger<SyncWorker>>());
        await worker.StartAsync(CancellationToken.None);

        await WaitFor(() => NextRuns(rig) == 1);
        Assert.Single(feed.Requests);
        down = false;
        clock.Advance(TimeSpan.FromSeconds(119));
        await Task.Delay(200);
        Assert.Single(feed.Requests); // Not before the server's Retry-After.

        clock.Advance(TimeSpan.FromSeconds(2));
        await WaitFor(() => rig.Catalogue.Offers.Count == 1 && NextRuns(rig) == 2);
        int requests = feed.Requests.Count;
        clock.Advance(TimeSpan.FromSeconds(59));
        await Task.Delay(200);
        Assert.Equal(requests, feed.Requests.Count);
        clock.Advance(TimeSpan.FromSeconds(2));
        await WaitFor(() => feed.Requests.Count == requests + 1);
        Assert.Contains("If-None-Match", feed.Requests[^1], StringComparison.Ordinal);

        await worker.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Sync_now_from_staff_mode_runs_at_once_instead_of_after_the_poll_interval()
    {
        await using var feed = await FakeFeed.StartAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var rig = await SyncRig.StartAsync(feed.Root, new() { ["Sync:PollIntervalSeconds"] = "3600" }, clock);
        using var now = new SyncNow();
        using var worker = new SyncWorker(rig.Services, rig.Services.GetRequiredService<IOptions<SyncOptions>>(), now, clock, rig.Services.GetRequiredService<ILogger<SyncWorker>>());
        await worker.StartAsync(CancellationToken.None);
        await WaitFor(() => NextRuns(rig) == 1);
        var first = feed.Requests.Count;
        await Task.Delay(300);
        Assert.Equal(first, feed.Requests.Count); // the clock has not moved: the next run is an hour away

        now.Request();
        await WaitFor(() => feed.Requests.Count > first);

        await worker.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_kiosk_without_sync_enabled_never_calls_the_network()
    {
        await using var feed = await FakeFeed.StartAsync();
        await using var rig = await SyncRig.StartAsync(feed.Root, new() { ["Sync:Enabled"] = "false" });
        using var worker = new SyncWorker(rig.Services, rig.Services.GetRequiredService<IOptions<SyncOptions>>(), new SyncNow(), TimeProvider.System, rig.Services.GetRequiredService<ILogger<SyncWorker>>());
        await worker.StartAsync(CancellationToken.None);
        await Task.Delay(300);
        await worker.StopAsync(CancellationToken.None);
        Assert.Empty(feed.Requests);
    }

    /// <summary>How often the worker has scheduled its next run (it then sits in a delay on the test clock).</summary>
    private static int NextRuns(SyncRig rig) => rig.Logs.Entries.Count(e => e.Message.StartsWith("Sync: next run in", StringComparison.Ordinal));

    private static async Task WaitFor(Func<bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, "timed out waiting");
            await Task.Delay(20);
        }
    }
}
