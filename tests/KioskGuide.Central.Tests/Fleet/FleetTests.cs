using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using KioskGuide.Central.Accounts;
using KioskGuide.Central.Fleet;
using KioskGuide.Central.Tests.CitizenInput.Infrastructure;
using KioskGuide.Domain.Operations;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KioskGuide.Central.Tests.Fleet;

/// <summary>The fleet area against the real server: heartbeats in with a kiosk token, the page, JSON and /metrics out.</summary>
public sealed class FleetTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private const string ItPassword = "It-afdelingen 2026";

    private static KioskStatus Status(string printer = PrinterStates.Ready, int waiting = 0, int? oldestHours = null) => new()
    {
        SiteName = "Åbæk Bibliotek",
        AppVersion = "1.2.3",
        ObservedAt = Start,
        Content = new ContentStatus(91, Start.AddDays(-1)),
        Sync = new SyncStatus(true, Start.AddMinutes(-3), null, 0),
        Answers = new OutboxStatus(true, waiting, oldestHours),
        Printer = new PrinterReport(printer, "IPP printer http://printer/ipp/print", 12, 200),
        FreeDiskBytes = 5L << 30,
    };

    private static async Task<(InputServer Server, FakeTimeProvider Clock)> StartAsync()
    {
        var clock = new FakeTimeProvider(Start);
        var server = await InputServer.StartAsync(
            services: s => s.AddSingleton<TimeProvider>(clock),
            settings:
            [
                "--Central:Users:1:UserName=it",
                $"--Central:Users:1:PasswordHash={AccountPasswords.Hash(ItPassword, 1000)}",
                "--Central:Users:1:Roles:0=it",
                "--Central:Users:2:UserName=editor",
                $"--Central:Users:2:PasswordHash={AccountPasswords.Hash(ItPassword, 1000)}",
                "--Central:Users:2:Roles:0=editor",
            ]);
        return (server, clock);
    }

    private static async Task<HttpResponseMessage> BeatAsync(InputServer server, KioskStatus status, string? token = InputServer.Token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, FleetRoutes.Heartbeat.TrimStart('/')) { Content = JsonContent.Create(status) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await server.Client.SendAsync(request);
    }

    private static async Task<PlannerClient> LogInAsync(InputServer server, string user, string password)
    {
        var client = new PlannerClient(server);
        using var reply = await client.LoginAsync(user, password);
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        return client;
    }

    [Fact]
    public async Task A_heartbeat_needs_a_valid_kiosk_token_and_is_stored_under_the_token_s_kiosk()
    {
        var (server, _) = await StartAsync();
        await using var _ = server;

        using (var none = await BeatAsync(server, Status(), token: null))
        using (var wrong = await BeatAsync(server, Status(), token: "not-a-token"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var ok = await BeatAsync(server, Status());
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var answer = await ok.Content.ReadFromJsonAsync<HeartbeatAnswer>();
        Assert.Equal(Start, answer!.ReceivedAt);

        var fleet = await server.Services.GetRequiredService<FleetView>().BuildAsync(CancellationToken.None);
        var kiosk = Assert.Single(fleet, k => k.KioskId == InputServer.KioskId);
        Assert.Equal("Åbæk Bibliotek", kiosk.Status!.SiteName);
        Assert.Equal(Start, kiosk.LastSeen);
        Assert.True(kiosk.IsWell);
        // The other configured kiosk never reported: it is on the page, red.
        Assert.Contains(fleet, k => k.KioskId == InputServer.OtherKioskId && k.Problems.Any(p => p.Code == "never-seen"));
    }

    [Fact]
    public async Task A_heartbeat_with_junk_is_refused_with_the_field_named()
    {
        var (server, _) = await StartAsync();
        await using var _ = server;

        using var reply = await BeatAsync(server, Status() with { SiteName = new string('x', 5000) });

        Assert.Equal(HttpStatusCode.BadRequest, reply.StatusCode);
        Assert.Contains("siteName", await reply.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await server.Services.GetRequiredService<Central.Fleet.Storage.FleetStore>().LatestAsync(CancellationToken.None));
    }

    [Fact]
    public async Task The_page_shows_a_kiosk_red_once_it_has_been_silent_over_an_hour_and_names_printer_trouble()
    {
        var (server, clock) = await StartAsync();
        await using var _ = server;
        using (await BeatAsync(server, Status(printer: PrinterStates.OutOfPaper, waiting: 3, oldestHours: 2)))
        {
        }

        using var it = await LogInAsync(server, "it", ItPassword);
        var page = await it.Http.GetStringAsync("fleet");
        Assert.Contains("Printeren mangler papir", page, StringComparison.Ordinal);
        Assert.Contains("3 svar venter på at blive sendt", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Tavs i", page, StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromMinutes(61));
        page = await it.Http.GetStringAsync("fleet");
        Assert.Contains("Tavs i 1 timer", page, StringComparison.Ordinal);
        Assert.Contains("class=\"critical\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_fleet_is_for_the_IT_and_planner_roles_only()
    {
        var (server, _) = await StartAsync();
        await using var _ = server;

        using var nobody = new PlannerClient(server); // cookies, no automatic redirects, not logged in
        using var anonymous = await nobody.Http.GetAsync("fleet");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/input/login", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        using var editor = await LogInAsync(server, "editor", ItPassword);
        using var deniedPage = await editor.Http.GetAsync("fleet");
        Assert.Equal(HttpStatusCode.Redirect, deniedPage.StatusCode);
        Assert.StartsWith("/input/denied", deniedPage.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        // An API answers 403 itself rather than redirecting a tool to a page.
        using var deniedApi = await editor.Http.GetAsync("api/fleet");
        Assert.Equal(HttpStatusCode.Forbidden, deniedApi.StatusCode);

        using var planner = await PlannerClient.LoggedInAsync(server);
        using var json = await planner.Http.GetAsync("api/fleet");
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal("no-store", json.Headers.CacheControl?.ToString());
        using var document = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        Assert.Equal(2, document.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Metrics_count_the_fleet_by_state_and_each_kiosk_s_waiting_answers()
    {
        var (server, _) = await StartAsync();
        await using var _ = server;
        using (await BeatAsync(server, Status(waiting: 7)))
        {
        }

        var metrics = await server.Client.GetStringAsync("metrics");

        Assert.Contains("kioskguide_fleet_kiosks{state=\"well\"} 1", metrics, StringComparison.Ordinal);
        Assert.Contains("kioskguide_fleet_kiosks{state=\"critical\"} 1", metrics, StringComparison.Ordinal);
        Assert.Contains($"kioskguide_kiosk_answers_waiting{{kiosk=\"{InputServer.KioskId}\"}} 7", metrics, StringComparison.Ordinal);
        Assert.Contains($"kioskguide_kiosk_printer_ready{{kiosk=\"{InputServer.KioskId}\"}} 1", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_keeps_only_the_newest_heartbeats_per_kiosk()
    {
        var (server, clock) = await StartAsync();
        await using var _ = server;
        var store = server.Services.GetRequiredService<Central.Fleet.Storage.FleetStore>();
        for (var i = 0; i < 600; i++)
        {
            await store.AddAsync(InputServer.KioskId, clock.GetUtcNow(), Status(), CancellationToken.None);
            clock.Advance(TimeSpan.FromMinutes(5));
        }

        var history = await store.HistoryAsync(InputServer.KioskId, 10_000, CancellationToken.None);
        Assert.Equal(576, history.Count);
        Assert.Equal(clock.GetUtcNow().AddMinutes(-5), history[0].ReceivedAt);
        SqliteConnection.ClearAllPools();
    }
}
