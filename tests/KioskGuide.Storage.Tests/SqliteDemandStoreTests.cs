using KioskGuide.Domain.Demand;
using KioskGuide.Sqlite;

namespace KioskGuide.Storage.Tests;

/// <summary>The kiosk's demand counters: added in batches, sent whole per closed day, sent again only when changed, purged.</summary>
public sealed class SqliteDemandStoreTests : IDisposable
{
    private static readonly DateOnly Monday = new(2026, 11, 23);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kioskguide-demand-store-tests", Guid.NewGuid().ToString("N"));

    private SqliteDemandStore NewStore() => new(new SqliteDatabase(Path.Combine(_folder, "outbox.db")));

    private static Dictionary<DateOnly, IReadOnlyList<DemandCount>> Batch(DateOnly day, params DemandCount[] counts) => new() { [day] = counts };

    [Fact]
    public async Task Batches_add_up_per_day_kind_and_key()
    {
        var store = NewStore();
        await store.InitializeAsync();
        await store.AddAsync(Batch(Monday, new DemandCount("tile", "meet", 2), new DemandCount("search-none", "padel", 1)));
        await store.AddAsync(Batch(Monday, new DemandCount("tile", "meet", 3)));
        Assert.Equal([new DemandCount("search-none", "padel", 1), new DemandCount("tile", "meet", 5)], await store.CountsAsync(Monday));
    }

    [Fact]
    public async Task Only_closed_days_are_due_and_a_late_change_makes_a_sent_day_due_again_whole()
    {
        var store = NewStore();
        await store.InitializeAsync();
        await store.AddAsync(Batch(Monday, new DemandCount("tile", "meet", 2)));
        await store.AddAsync(Batch(Monday.AddDays(1), new DemandCount("tile", "meet", 1)));

        var due = await store.UnsentClosedDaysAsync("k1", Monday.AddDays(1));
        var (day, version) = Assert.Single(due);
        Assert.Equal(new DemandDay("k1", Monday, day.Counts), day);
        await store.MarkSentAsync(Monday, version);
        Assert.Empty(await store.UnsentClosedDaysAsync("k1", Monday.AddDays(1)));

        await store.AddAsync(Batch(Monday, new DemandCount("tile", "meet", 1)));
        var again = Assert.Single(await store.UnsentClosedDaysAsync("k1", Monday.AddDays(1)));
        Assert.Equal(3, again.Day.Counts.Single().Count);
    }

    [Fact]
    public async Task Marking_an_older_version_sent_does_not_hide_a_newer_change()
    {
        var store = NewStore();
        await store.InitializeAsync();
        await store.AddAsync(Batch(Monday, new DemandCount("tile", "meet", 1)));
        var (_, version) = Assert.Single(await store.UnsentClosedDaysAsync("k1", Monday.AddDays(1)));
        await store.AddAsync(Batch(Monday, new DemandCount("tile", "meet", 1))); // a flush between reading and the server's reply
        await store.MarkSentAsync(Monday, version);
        Assert.Single(await store.UnsentClosedDaysAsync("k1", Monday.AddDays(1)));
    }

    [Fact]
    public async Task Sent_days_go_after_a_week_and_unsent_ones_after_sixty_days()
    {
        var store = NewStore();
        await store.InitializeAsync();
        await store.AddAsync(Batch(Monday, new DemandCount("tile", "meet", 1)));
        await store.AddAsync(Batch(Monday.AddDays(1), new DemandCount("tile", "meet", 1)));
        var (_, version) = (await store.UnsentClosedDaysAsync("k1", Monday.AddDays(1))).Single();
        await store.MarkSentAsync(Monday, version);

        Assert.Equal(0, await store.PurgeAsync(Monday.AddDays(SqliteDemandStore.KeepSentDays)));
        Assert.Equal(1, await store.PurgeAsync(Monday.AddDays(SqliteDemandStore.KeepSentDays + 1)));
        Assert.Empty(await store.CountsAsync(Monday));
        Assert.Single(await store.CountsAsync(Monday.AddDays(1)));
        Assert.Equal(1, await store.PurgeAsync(Monday.AddDays(SqliteDemandStore.KeepUnsentDays + 2)));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
