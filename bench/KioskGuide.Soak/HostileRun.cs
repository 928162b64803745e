using System.Diagnostics;
using System.Text.Json;
using KioskGuide.Testing;

namespace KioskGuide.Soak;

/// <summary>
/// Hostile feeds must not ratchet the kiosk's memory up: the shipped host syncs from the real central server through
/// <see cref="HostileFeed"/>, polling every second; RSS is taken once it has caught up and settled, then after each
/// hostile kind in a row (200 MB body, gzip bomb, truncated pages, error storm), and again after the feed is good
/// for a while. Target: the end within 10 % of the start, and the offers still shown throughout.
/// </summary>
internal static class HostileRun
{
    public sealed record Result(double StartMb, double PeakMb, double EndMb, int Errors);

    public static async Task<Result> RunAsync(string folder, int secondsEach)
    {
        await using var central = await CentralServerProcess.StartAsync();
        await using var feed = new HostileFeed(central.Root);
        var (host, port) = await KioskHosts.StartShippedAsync(folder,
            "--Sync:Enabled=true", $"--Sync:FeedRoot={feed.Root}", "--Sync:PollIntervalSeconds=1", "--Sync:RetryInitialSeconds=1", "--Sync:RetryMaxSeconds=2", "--Sync:MaxRetryAfterSeconds=1");
        await using var _ = host;
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        var offers = await WaitForFirstSyncAsync(http);
        await Task.Delay(TimeSpan.FromSeconds(secondsEach));
        var start = await HostFigures.ReadAsync(host.Id, http);
        Console.WriteLine($"hostile feeds: caught up with {offers}; settled: {start}");
        var peak = start.RssMb;
        var errors = 0;
        foreach (var kind in HostileFeed.Hostile)
        {
            feed.Mode = kind;
            var asked = feed.Requests;
            await Task.Delay(TimeSpan.FromSeconds(secondsEach));
            var after = await HostFigures.ReadAsync(host.Id, http);
            var shown = await StoreAsync(http);
            peak = Math.Max(peak, after.RssMb);
            Console.WriteLine($"  after {secondsEach} s of {kind,-15} ({feed.Requests - asked} requests): {after}; store: {shown}");
            if (shown != offers)
            {
                errors++;
                Console.Error.WriteLine($"hostile feeds: the kiosk's offers changed under {kind}: {shown}");
            }
        }

        feed.Mode = HostileFeed.Good;
        await Task.Delay(TimeSpan.FromSeconds(secondsEach * 2));
        var end = await HostFigures.ReadAsync(host.Id, http);
        Console.WriteLine($"  after {secondsEach * 2} s of a good feed again: {end} ({(end.RssMb - start.RssMb) * 100 / start.RssMb:+0.0;-0.0} % against the start)");
        return new Result(start.RssMb, peak, end.RssMb, errors);
    }

    private static async Task<string> WaitForFirstSyncAsync(HttpClient http)
    {
        var clock = Stopwatch.StartNew();
        var reason = "";
        while (clock.Elapsed < TimeSpan.FromSeconds(120))
        {
            using var health = JsonDocument.Parse(await http.GetStringAsync("/health"));
            reason = health.RootElement.GetProperty("parts").GetProperty("sync").GetProperty("reason").GetString()!;
            // The sync part comes from a status snapshot and can say "Last synced" before the first pages are stored:
            // the baseline is taken only once the store (read live) holds the central's offers.
            var stored = await StoreAsync(http);
            if (reason.StartsWith("Last synced", StringComparison.Ordinal) && !stored.StartsWith("0 ", StringComparison.Ordinal))
            {
                return stored;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"The kiosk did not catch up with the central feed within 120 s: {reason}");
    }

    private static async Task<string> StoreAsync(HttpClient http)
    {
        using var health = JsonDocument.Parse(await http.GetStringAsync("/health"));
        return health.RootElement.GetProperty("parts").GetProperty("store").GetProperty("reason").GetString()!;
    }
}
