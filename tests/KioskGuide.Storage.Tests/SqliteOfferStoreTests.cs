using KioskGuide.Sqlite;
using KioskGuide.DemoContent;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace KioskGuide.Storage.Tests;

public sealed class SqliteOfferStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kioskguide-store-tests", Guid.NewGuid().ToString("N"));

    private SqliteDatabase Database => new(Path.Combine(_folder, "kiosk.db"));

    private SqliteOfferStore CreateStore() => new(Database, NullLogger<SqliteOfferStore>.Instance);

    [Fact]
    public async Task Offers_round_trip_with_every_field_intact()
    {
        var store = CreateStore();
        await store.InitializeAsync();
        var demo = DemoOffers.Load();
        await store.UpsertAsync(demo);

        var loaded = (await CreateStore().LoadAllAsync()).ToDictionary(o => o.Id);
        Assert.Equal(demo.Count, loaded.Count);
        foreach (var offer in demo)
        {
            // Records compare lists by reference, so compare the canonical JSON instead.
            Assert.Equal(OfferJson.Serialize(offer), OfferJson.Serialize(loaded[offer.Id]));
        }
    }

    [Fact]
    public async Task Upsert_replaces_an_offer_with_the_same_id()
    {
        var store = CreateStore();
        await store.InitializeAsync();
        var offer = DemoOffers.Load()[0];
        await store.UpsertAsync([offer]);
        await store.UpsertAsync([offer with { Name = "Nyt navn med æøå" }]);

        var loaded = Assert.Single(await store.LoadAllAsync());
        Assert.Equal("Nyt navn med æøå", loaded.Name);
    }

    [Fact]
    public async Task A_row_that_no_longer_parses_is_left_out_and_the_rest_still_load()
    {
        var store = CreateStore();
        await store.InitializeAsync();
        await store.UpsertAsync(DemoOffers.Load().Take(3));
        await using (var connection = await Database.OpenAsync())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO offers (id, json) VALUES ('broken', '{\"name\": 42')";
            await command.ExecuteNonQueryAsync();
        }

        Assert.Equal(3, (await store.LoadAllAsync()).Count);
        Assert.Equal(4, await store.CountAsync());
    }

    [Fact]
    public async Task A_failed_batch_writes_nothing()
    {
        var store = CreateStore();
        await store.InitializeAsync();
        var offers = DemoOffers.Load().Take(5).ToList();
        using var cancel = new CancellationTokenSource();

        // Cancel after the second offer: the transaction must roll back, not leave two offers behind.
        var counted = offers.Select((offer, index) =>
        {
            if (index == 2)
            {
                cancel.Cancel();
            }

            return offer;
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.UpsertAsync(counted, cancel.Token));
        Assert.Equal(0, await store.CountAsync());
    }

    [Fact]
    public async Task Database_runs_in_write_ahead_log_mode()
    {
        await CreateStore().InitializeAsync();
        await using var connection = await Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Meta_values_are_stored_and_replaced()
    {
        var store = CreateStore();
        await store.InitializeAsync();
        Assert.Null(await store.GetMetaAsync("cursor"));
        await store.SetMetaAsync("cursor", "1");
        await store.SetMetaAsync("cursor", "2");
        Assert.Equal("2", await store.GetMetaAsync("cursor"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
