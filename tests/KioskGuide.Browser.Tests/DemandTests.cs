using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using KioskGuide.Browser.Tests.Infrastructure;
using KioskGuide.Kiosk.Demand;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace KioskGuide.Browser.Tests;

/// <summary>
/// Demand signals end to end, as people would make them: searches typed on the kiosk's screen keyboard on simulated
/// days, sent to the real central server (its own process), read on the planners' page in Chromium; and a kiosk
/// SIGKILLed mid-day. Screenshots: test-output/screenshots/demand-*.png.
/// </summary>
public sealed partial class DemandTests
{
    private const string KioskId = "demand-test-kiosk";
    private const string Token = "demand-test-token-0123456789-abcdefghij";

    [Fact]
    public async Task A_term_found_nowhere_on_six_days_shows_on_the_planners_page_one_on_four_days_and_a_phone_number_never()
    {
        await using var central = await CentralServerProcess.StartAsync(
            $"--CitizenInput:Kiosks:2:KioskId={KioskId}",
            $"--CitizenInput:Kiosks:2:TokenSha256={Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Token)))}");
        using var kiosk = new KioskServer();
        kiosk.Settings["Kiosk:SiteId"] = KioskId;
        kiosk.Settings["Input:ServerUrl"] = central.Root.ToString();
        kiosk.Settings["Input:KioskToken"] = Token;
        var first = FirstDay();
        kiosk.Clock.SetUtcNow(new DateTimeOffset(first.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(1)));
        await using var chromium = await Chromium.LaunchAsync();

        for (int day = 0; day < 6; day++)
        {
            kiosk.Clock.SetUtcNow(new DateTimeOffset(first.AddDays(day).ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(1)));
            await using var screen = await OpenAsync(chromium, kiosk);
            await screen.TapAsync("search-launcher");
            await SearchNothingAsync(screen, "skakklub");
            if (day < 4)
            {
                await SearchNothingAsync(screen, "padelbane");
            }

            await SearchNothingAsync(screen, "ring 20304050");
            if (day == 0)
            {
                await screen.ScreenshotAsync("demand-kiosk-no-match");
            }

            await kiosk.Services.GetRequiredService<DemandFlusher>().FlushAsync(CancellationToken.None);
        }

        kiosk.Clock.SetUtcNow(new DateTimeOffset(first.AddDays(7).ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(1)));
        var uploader = kiosk.Services.GetRequiredService<DemandUploader>();
        // The uploader's own hourly round has sent each day as the clock passed midnight; one more round sends what
        // is left, and a further one finds nothing (each day went once; a resend would replace, never add: the counts
        // below are 6, not 12).
        await uploader.UploadAsync(CancellationToken.None);
        Assert.Equal((0, 0, null), await uploader.UploadAsync(CancellationToken.None));
        foreach (var day in Enumerable.Range(0, 6))
        {
            // A day sent again by hand, as after a lost reply.
            await ResendAsync(central.Root, kiosk, first.AddDays(day));
        }

        await using var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 900 }, Locale = "da-DK" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(central.Root, "input/planners").ToString());
        await page.GetByLabel("Brugernavn").FillAsync("planner");
        await page.GetByLabel("Adgangskode").FillAsync("demo-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
        await page.WaitForURLAsync("**/input/planners");
        await page.GotoAsync(new Uri(central.Root, $"input/planners?from={first:yyyy-MM-dd}&site={KioskId}").ToString());

        var notFound = page.Locator("table[data-terms='none']");
        Assert.Equal(["skakklub", "other"], await notFound.Locator("tr[data-term]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.term)"));
        Assert.Equal("6", await notFound.Locator("tr[data-term='skakklub'] .count").InnerTextAsync());
        Assert.Equal("ny", await notFound.Locator("tr[data-term='skakklub'] td").Nth(3).InnerTextAsync());
        Assert.Equal("10", await notFound.Locator("tr[data-term='other'] .count").InnerTextAsync()); // 4 × padelbane + 6 × the phone search
        Assert.Equal(1, await page.Locator("svg.chart g.bar[data-option='skakklub']").CountAsync());
        var text = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain("padelbane", text, StringComparison.Ordinal);
        Assert.DoesNotContain("20304050", text, StringComparison.Ordinal);
        Assert.DoesNotContain("20 30 40 50", text, StringComparison.Ordinal);
        await page.Locator("#soegt-ikke-fundet").ScreenshotAsync(new() { Path = Shot("demand-planners-not-found") });
        await page.ScreenshotAsync(new() { Path = Shot("demand-planners-page"), FullPage = true });

        // The CSV says the same, and nothing more.
        var csv = await context.APIRequest.GetAsync(new Uri(central.Root, $"input/planners/export.csv?from={first:yyyy-MM-dd}&site={KioskId}").ToString());
        var rows = Encoding.UTF8.GetString(await csv.BodyAsync());
        Assert.Contains("demand-term;search-none;Søgt, men ikke fundet;skakklub;skakklub;6;", rows, StringComparison.Ordinal);
        Assert.DoesNotContain("padelbane", rows, StringComparison.Ordinal);
        Assert.DoesNotContain("2030", rows, StringComparison.Ordinal);

        var pdf = await context.APIRequest.GetAsync(new Uri(central.Root, $"input/planners/report.pdf?from={first:yyyy-MM-dd}&site={KioskId}").ToString());
        var pdfPath = Path.Combine(TestOutput.Folder("demand"), "demand-report.pdf");
        await File.WriteAllBytesAsync(pdfPath, await pdf.BodyAsync());
        var pdfText = await Tools.TextAsync(pdfPath);
        Assert.Contains("Søgt, men ikke fundet", pdfText, StringComparison.Ordinal);
        Assert.Contains("skakklub", pdfText, StringComparison.Ordinal);
        Assert.DoesNotContain("padelbane", pdfText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_kiosk_killed_mid_day_and_restarted_loses_only_the_taps_of_the_last_flush_interval()
    {
        const int flushSeconds = 2;
        var data = Path.Combine(Path.GetTempPath(), "kioskguide-demand-kill", Guid.NewGuid().ToString("N"));
        string[] args = ["--Kiosk:Port=0", $"--Kiosk:DataDirectory={data}", $"--Demand:FlushSeconds={flushSeconds}", "--Logging:Console:FormatterName=simple"];
        var (process, ready) = await AppProcess.StartAsync(BuiltApps.KioskDll, args, KioskReady());
        var taps = new List<DateTime>();
        await using (process)
        {
            await using var chromium = await Chromium.LaunchAsync();
            await using var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1920, Height = 1080 }, HasTouch = true, Locale = "da-DK" });
            var page = await context.NewPageAsync();
            await page.GotoAsync(ready.Groups["url"].Value + "/");
            await page.WaitForSelectorAsync("body[data-kiosk-ready='true']", new() { Timeout = 15_000 });
            for (int i = 0; i < 12; i++)
            {
                await page.Locator("[data-testid='tile-meet']").TapAsync();
                await page.EvaluateAsync("() => kiosk.sync()");
                taps.Add(DateTime.UtcNow);
                await page.Locator("[data-testid='home']").TapAsync();
                await page.EvaluateAsync("() => kiosk.sync()");
                if (i == 7)
                {
                    await Task.Delay(TimeSpan.FromSeconds(flushSeconds * 1.5));
                }
            }

            await process.KillAsync(); // SIGKILL: no stop, no last flush
        }

        var killed = DateTime.UtcNow;
        var (restarted, _) = await AppProcess.StartAsync(BuiltApps.KioskDll, args, KioskReady());
        await restarted.DisposeAsync();
        SqliteConnection.ClearAllPools();
        int stored = await TileCountAsync(Path.Combine(data, "outbox.db"));
        int mustSurvive = taps.Count(t => t < killed.AddSeconds(-flushSeconds - 1));
        var line = $"demand kill: {taps.Count} taps, {stored} stored after SIGKILL and restart, {mustSurvive} older than the flush interval ({flushSeconds} s + 1 s margin), lost {taps.Count - stored}";
        Console.WriteLine(line);
        await File.WriteAllTextAsync(Path.Combine(TestOutput.Folder("demand"), "kill.txt"), line + "\n");
        Assert.InRange(stored, mustSurvive, taps.Count);
        Assert.True(mustSurvive >= 8, line);
        Directory.Delete(data, recursive: true);
    }

    private static async Task ResendAsync(Uri central, KioskServer kiosk, DateOnly day)
    {
        var counts = await kiosk.Services.GetRequiredService<KioskGuide.Storage.SqliteDemandStore>().CountsAsync(day);
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(central, "api/demand/days"))
        {
            Content = new StringContent(KioskGuide.Domain.Demand.DemandJson.Serialize(new(KioskId, day, counts)), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token);
        using var reply = await http.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.OK, reply.StatusCode); // 200: replaced what was there
    }

    private static async Task<int> TileCountAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(SUM(count), 0) FROM demand_counts WHERE kind = 'tile' AND key = 'meet'";
        return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>Types a search that finds nothing, checks the screen says so, and clears the field (which settles the search).</summary>
    private static async Task SearchNothingAsync(KioskPage screen, string words)
    {
        await screen.TypeOnScreenAsync(words);
        await screen.ByTestId("no-results").WaitForAsync();
        await screen.TapKeyAsync("clear");
    }

    /// <summary>
    /// Six days in one quarter, all before today (the central server refuses days to come) and after the kiosk
    /// test clock's start (a fake clock only goes forward).
    /// </summary>
    private static DateOnly FirstDay()
    {
        var first = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-9);
        var quarterOfLast = new DateOnly(first.AddDays(5).Year, ((first.AddDays(5).Month - 1) / 3 * 3) + 1, 1);
        return quarterOfLast > first ? quarterOfLast : first;
    }

    private static async Task<KioskPage> OpenAsync(Chromium chromium, KioskServer kiosk)
    {
        var context = await chromium.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = Orientation.Landscape.Width, Height = Orientation.Landscape.Height },
            HasTouch = true,
            Locale = "da-DK",
            TimezoneId = "Europe/Copenhagen",
        });
        var screen = new KioskPage(await context.NewPageAsync(), Orientation.Landscape, kiosk);
        await screen.GotoHomeAsync();
        return screen;
    }

    private static string Shot(string name) => Path.Combine(TestOutput.Folder("screenshots"), $"{name}.png");

    [GeneratedRegex(@"KioskGuide kiosk is ready\. Open (?<url>http://\S+)/ in Chromium")]
    private static partial Regex KioskReady();
}

/// <summary>The kiosk's "Om skærmen / About this screen" page says in plain words what is counted, in the screen's language.</summary>
[Collection(KioskCollection.Name)]
public sealed class AboutScreenTests(KioskFixture kiosk)
{
    [Theory]
    [InlineData("landscape")]
    [InlineData("portrait")]
    public async Task About_this_screen_is_one_tap_from_home_and_says_what_is_counted_in_danish_and_english(string orientation)
    {
        await using var screen = await kiosk.OpenAsync(Orientation.Parse(orientation));
        await screen.TapAsync("about-link");
        await screen.ExpectHeadingAsync("Om skærmen");
        var danish = await screen.ByTestId("about-screen").InnerTextAsync();
        Assert.Contains("ikke hvornår på dagen, og ikke hvem", danish, StringComparison.Ordinal);
        Assert.Contains("højst 2 år", danish, StringComparison.Ordinal);
        var box = await screen.ByTestId("about-home").BoundingBoxAsync();
        Assert.True(box is { Height: >= 56 }, $"the home button is {box?.Height} px high");
        await screen.ScreenshotAsync("demand-about-da");

        await screen.ChooseLanguageAsync("en");
        await screen.ExpectHeadingAsync("About this screen");
        Assert.Contains("not at what time, and not who", await screen.ByTestId("about-screen").InnerTextAsync(), StringComparison.Ordinal);
        await screen.ScreenshotAsync("demand-about-en");
        await screen.TapAsync("about-home");
        await screen.ByTestId("search-launcher").WaitForAsync();
    }
}
