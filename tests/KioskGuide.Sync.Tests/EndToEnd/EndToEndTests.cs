using System.Diagnostics;
using System.Text.RegularExpressions;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Domain.Search;
using KioskGuide.Feed.Mapping;
using KioskGuide.Sqlite;
using KioskGuide.Storage;
using KioskGuide.Sync.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace KioskGuide.Sync.Tests.EndToEnd;

/// <summary>The real central server process and the real kiosk host, together.</summary>
[Collection(EndToEndCollection.Name)]
public sealed partial class EndToEndTests
{
    /// <summary>Server visibility delay (2 s) + kiosk poll (1 s) + building the catalogue, with slack for a loaded machine.</summary>
    private static readonly TimeSpan OnePoll = TimeSpan.FromSeconds(6);

    private static readonly Offer NewOffer = Offers.A with
    {
        Id = Guid.Parse("5d0f3e2a-7b1c-4e8d-9a6f-0c2b4d6e8f10"),
        Name = "Nyt tilbud: Strikkecafé",
    };

    /// <summary>
    /// Create, change and delete an offer centrally: each shows on the kiosk within one poll. With the
    /// kiosk's clock right, 3 hours fast and 3 hours slow, because sync only replays the server's values.
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(-3)]
    public async Task Create_change_and_delete_reach_the_kiosk_within_one_poll(int kioskClockErrorHours)
    {
        await using var server = await CentralServerProcess.StartAsync();
        using var kiosk = new InProcessKiosk(server.Root, new WrongClock(TimeSpan.FromHours(kioskClockErrorHours)), NewDataDirectory());
        var demo = Offers.All;
        await WaitFor(() => kiosk.Catalogue.Offers.Count == demo.Count, TimeSpan.FromSeconds(30), "the first sync");

        await server.ImportAsync([.. demo, NewOffer]);
        await WaitFor(() => Find(kiosk.Catalogue, NewOffer.Id)?.Name == NewOffer.Name, OnePoll, "the created offer");

        await server.ImportAsync([.. demo, NewOffer with { Name = "Strikkecafé, nu om torsdagen" }]);
        await WaitFor(() => Find(kiosk.Catalogue, NewOffer.Id)?.Name == "Strikkecafé, nu om torsdagen", OnePoll, "the changed offer");

        await server.ImportAsync(demo);
        await WaitFor(() => Find(kiosk.Catalogue, NewOffer.Id) is null, OnePoll, "the deleted offer to go");

        Assert.Equal((await server.OffersAsync()).Values.Order(StringComparer.Ordinal), kiosk.Catalogue.Offers.Select(OfferJson.Serialize).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// SIGKILL the kiosk in the middle of a page (a proxy holds the page half sent), change things
    /// centrally, restart; kill it again mid-page; restart. The store ends exactly like the server:
    /// no duplicates, no lost changes, no page half applied.
    /// </summary>
    [Fact]
    public async Task A_kiosk_killed_in_the_middle_of_a_page_ends_exactly_like_the_server()
    {
        await using var server = await CentralServerProcess.StartAsync("--Feed:PageSize=100");
        var content = Offers.All.Concat(Enumerable.Range(1, 250).Select(Generated)).ToList(); // 341 offers: pages of 100
        await server.ImportAsync(content);
        await Task.Delay(TimeSpan.FromSeconds(2.2)); // Let the import pass the server's visibility delay.
        await using var proxy = await StallingProxy.StartAsync(server.Root);
        string data = NewDataDirectory();
        var store = new SqliteOfferStore(new SqliteDatabase(Path.Combine(data, "kiosk.db")), NullLogger<SqliteOfferStore>.Instance);

        var stalled = proxy.StallFeedRequest(3); // The third page: two are applied before it.
        var first = await StartKioskAsync(proxy.Root, data);
        await stalled.WaitAsync(TimeSpan.FromSeconds(30));
        await first.KillAsync();
        Assert.Equal(200, await store.CountAsync()); // Exactly the two whole pages; nothing of the third.

        // Central changes while the kiosk is dead: some offers on the applied pages change, some go, some are new.
        var changed = content.Select((o, i) => i % 40 == 0 ? o with { Name = o.Name + " (ændret)" } : o)
            .Where((_, i) => i % 50 != 7)
            .Concat(Enumerable.Range(1000, 3).Select(Generated))
            .ToList();
        await server.ImportAsync(changed);

        stalled = proxy.StallFeedRequest(2);
        var second = await StartKioskAsync(proxy.Root, data);
        await stalled.WaitAsync(TimeSpan.FromSeconds(30));
        await second.KillAsync();

        proxy.StopStalling();
        var expected = await server.OffersAsync();
        Assert.Equal(changed.Count, expected.Count);
        await using var third = await StartKioskAsync(proxy.Root, data);
        await WaitForAsync(async () => (await store.CountAsync()) == expected.Count && Rebuilt(third, expected.Count), TimeSpan.FromSeconds(40), "the restarted kiosk to catch up");

        var stored = await store.LoadAllAsync();
        Assert.Equal(expected.Keys.Order(), stored.Select(o => o.Id).Order());
        Assert.All(stored, o => Assert.Equal(expected[o.Id], OfferJson.Serialize(o)));
        Assert.Equal(expected.Count, new OfferCatalogue(stored, KioskTimeZone.Copenhagen).Offers.Count); // Throws on a duplicate id.
        SqliteConnection.ClearAllPools();
    }

    private static Offer Generated(int n)
    {
        var template = Offers.Get(n % Offers.All.Count);
        return template with { Id = StableId.Create(StableId.ProfileNamespace, "e2e/" + n), Name = $"{template.Name} #{n}" };
    }

    private static Task<AppProcess> StartKioskAsync(Uri feed, string dataDirectory) => AppProcess.StartAsync(BuiltApps.KioskDll,
        [
            "--Kiosk:Port=0", $"--Kiosk:DataDirectory={dataDirectory}", "--Kiosk:ContentSource=Store",
            "--Sync:Enabled=true", $"--Sync:FeedRoot={feed}", "--Sync:PollIntervalSeconds=1", "--Sync:RetryInitialSeconds=1", "--Sync:RetryMaxSeconds=2",
        ], KioskReady()).ContinueWith(t => t.Result.Process, TaskScheduler.Default);

    /// <summary>The kiosk process said it rebuilt its catalogue with this many offers.</summary>
    private static bool Rebuilt(AppProcess kiosk, int count) =>
        kiosk.Output.Any(line => line.Contains($"Catalogue rebuilt after sync with {count} offers", StringComparison.Ordinal));

    private static Offer? Find(OfferCatalogue catalogue, Guid id) => catalogue.Offers.FirstOrDefault(o => o.Id == id);

    private static string NewDataDirectory() => Path.Combine(Path.GetTempPath(), "kioskguide-e2e", Guid.NewGuid().ToString("N"));

    private static Task WaitFor(Func<bool> condition, TimeSpan limit, string what) => WaitForAsync(() => Task.FromResult(condition()), limit, what);

    private static async Task WaitForAsync(Func<Task<bool>> condition, TimeSpan limit, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(watch.Elapsed < limit, $"waited {limit.TotalSeconds} s for {what}");
            await Task.Delay(50);
        }
    }

    [GeneratedRegex(@"KioskGuide kiosk is ready")]
    private static partial Regex KioskReady();
}
