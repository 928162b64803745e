using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KioskGuide.Central.Demand.Storage;
using KioskGuide.Central.Tests.CitizenInput.Infrastructure;
using KioskGuide.Domain.Demand;
using KioskGuide.Kiosk.CitizenInput;
using KioskGuide.Kiosk.Configuration;
using KioskGuide.Kiosk.Demand;
using KioskGuide.Sqlite;
using KioskGuide.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KioskGuide.Central.Tests.Demand;

/// <summary>The kiosk's own demand uploader against the real central server: a day replaces, never adds; the token decides the kiosk.</summary>
public sealed class DemandUploadTests : IAsyncLifetime
{
    private static readonly DateOnly Monday = new(2026, 11, 23);
    private readonly string _kioskFolder = Path.Combine(Path.GetTempPath(), $"kioskguide-demand-{Guid.NewGuid():N}");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(1)));
    private InputServer _server = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_kioskFolder);
        _server = await InputServer.StartAsync(services: s => s.AddSingleton<TimeProvider>(_clock));
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_kioskFolder, recursive: true);
    }

    private async Task<IReadOnlyList<DemandRow>> StoredAsync() =>
        await _server.Services.GetRequiredService<DemandDayStore>().ReadAsync(Monday.AddDays(-7), Monday.AddDays(7), CancellationToken.None);

    [Fact]
    public async Task Sending_a_day_twice_stores_it_once_and_a_late_change_replaces_it()
    {
        var store = new SqliteDemandStore(new SqliteDatabase(Path.Combine(_kioskFolder, "outbox.db")));
        await store.InitializeAsync();
        using var http = new HttpClient();
        var uploader = new DemandUploader(
            store, new OneClient(http),
            Options.Create(new InputOptions { ServerUrl = _server.BaseAddress, KioskToken = InputServer.Token }),
            Options.Create(new DemandOptions()), Options.Create(new KioskOptions { SiteId = InputServer.KioskId }),
            _clock, NullLogger<DemandUploader>.Instance);
        await store.AddAsync(new Dictionary<DateOnly, IReadOnlyList<DemandCount>> { [Monday] = [new("tile", "meet", 3), new("search-none", "padel", 2)] });

        Assert.Equal((1, 0, null), await uploader.UploadAsync(CancellationToken.None));
        Assert.Equal((0, 0, null), await uploader.UploadAsync(CancellationToken.None)); // nothing changed: nothing sent

        // The same day sent again by hand (a lost reply): replaced, not added.
        using (var again = await PutAsync(DemandJson.Serialize(new DemandDay(InputServer.KioskId, Monday, [new("search-none", "padel", 2), new("tile", "meet", 3)])), InputServer.Token))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }

        Assert.Equal(5, (await StoredAsync()).Sum(r => r.Count));

        // A flush after the day was sent: the whole day goes again and replaces it.
        await store.AddAsync(new Dictionary<DateOnly, IReadOnlyList<DemandCount>> { [Monday] = [new("tile", "meet", 1)] });
        Assert.Equal((1, 0, null), await uploader.UploadAsync(CancellationToken.None));
        var stored = await StoredAsync();
        Assert.Equal(4, stored.Single(r => r.Kind == "tile").Count);
        Assert.Equal(2, stored.Single(r => r.Kind == "search-none").Count);
    }

    [Fact]
    public async Task Today_is_not_sent_before_it_has_ended()
    {
        var store = new SqliteDemandStore(new SqliteDatabase(Path.Combine(_kioskFolder, "today.db")));
        await store.InitializeAsync();
        using var http = new HttpClient();
        var uploader = new DemandUploader(
            store, new OneClient(http),
            Options.Create(new InputOptions { ServerUrl = _server.BaseAddress, KioskToken = InputServer.Token }),
            Options.Create(new DemandOptions()), Options.Create(new KioskOptions { SiteId = InputServer.KioskId }),
            _clock, NullLogger<DemandUploader>.Instance);
        await store.AddAsync(new Dictionary<DateOnly, IReadOnlyList<DemandCount>> { [Monday.AddDays(1)] = [new("tile", "meet", 3)] });
        Assert.Equal((0, 0, null), await uploader.UploadAsync(CancellationToken.None));
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task Another_kiosks_token_an_unknown_kind_and_a_day_to_come_are_refused()
    {
        var day = DemandJson.Serialize(new DemandDay(InputServer.KioskId, Monday, [new("tile", "meet", 3)]));
        using (var other = await PutAsync(day, InputServer.OtherToken))
        {
            Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        }

        using (var none = await PutAsync(day, null))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        }

        using (var bad = await PutAsync(day.Replace("\"tile\"", "\"clock\"", StringComparison.Ordinal), InputServer.Token))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Contains("counts[0].kind", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var future = await PutAsync(DemandJson.Serialize(new DemandDay(InputServer.KioskId, Monday.AddDays(3), [new("tile", "meet", 3)])), InputServer.Token))
        {
            Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        }

        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task A_search_key_carrying_a_phone_number_is_stored_as_other()
    {
        var json = $$"""{"kioskId":"{{InputServer.KioskId}}","day":"2026-11-23","counts":[{"kind":"search-none","key":"ring 20 30 40 50","count":1}]}""";
        using var reply = await PutAsync(json, InputServer.Token);
        Assert.Equal(HttpStatusCode.Created, reply.StatusCode);
        Assert.Equal(DemandTerms.Other, (await StoredAsync()).Single().Key);
    }

    private async Task<HttpResponseMessage> PutAsync(string json, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "api/demand/days") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await _server.Client.SendAsync(request);
    }

    private sealed class OneClient(HttpClient client) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => client;
    }
}
