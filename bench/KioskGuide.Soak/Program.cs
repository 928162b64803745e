using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using KioskGuide.Testing;
using Microsoft.Playwright;

// Usage: dotnet KioskGuide.Soak.dll [--sessions 1000] [--cold-starts 5]
// Each session is a citizen: home → a tile → an offer → print preview and print (folder printer) → back home →
// search by the on-screen keyboard (the daily page cap is lifted: a month of prints in one run) → the questionnaire, one answer, then walks away (the context closes mid-way).
var culture = CultureInfo.InvariantCulture;
var sessions = Arg("--sessions", 1000);
var coldStarts = Arg("--cold-starts", 5);
var folder = Path.Combine(Path.GetTempPath(), "kioskguide-soak", Guid.NewGuid().ToString("N"));

var starts = new List<double>();
for (var i = 0; i < coldStarts; i++)
{
    starts.Add(await ColdStartAsync(Path.Combine(folder, $"cold-{i}")));
}

starts.Sort();
Console.WriteLine(string.Create(culture, $"cold start to interactive home: median {starts[starts.Count / 2]:0} ms (of {coldStarts}: {string.Join(", ", starts.Select(s => s.ToString("0", culture)))})"));

var (host, port) = await StartHostAsync(Path.Combine(folder, "soak"));
await using var chromium = await Chromium.LaunchAsync();
var errors = 0;
var samples = new List<(int Session, long RssKb)>();
void Sample(int session)
{
    var (rss, threads, handles) = Proc(host.Id);
    samples.Add((session, rss));
    Console.WriteLine(string.Create(culture, $"after {session,5} sessions: host RSS {rss / 1024.0,6:0.0} MB, threads {threads,3}, open handles {handles,4}, errors {errors}"));
}

Sample(0);
for (var session = 1; session <= sessions; session++)
{
    try
    {
        await SessionAsync(chromium, port, session);
    }
    catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
    {
        errors++;
        Console.Error.WriteLine($"session {session}: {ex.Message.Split('\n')[0]}");
    }

    if (session % 100 == 0 || session == sessions)
    {
        Sample(session);
    }
}

var logErrors = host.Output.Count(l => l.StartsWith("fail:", StringComparison.Ordinal) || l.StartsWith("crit:", StringComparison.Ordinal));
var output = host.Output;
foreach (var i in Enumerable.Range(0, output.Count).Where(i => output[i].StartsWith("fail:", StringComparison.Ordinal) || output[i].StartsWith("crit:", StringComparison.Ordinal)).Take(3))
{
    Console.WriteLine($"host: {output[i]} {(i + 1 < output.Count ? output[i + 1].Trim() : "")}");
}

var from100 = samples.Where(s => s.Session >= 100).Select(s => s.RssKb).DefaultIfEmpty(samples[^1].RssKb).ToList();
var spread = (from100.Max() - from100.Min()) * 100.0 / from100.Min();
Console.WriteLine(string.Create(culture, $"summary: sessions={sessions} errors={errors} host_log_errors={logErrors} rss_max_mb={samples.Max(s => s.RssKb) / 1024.0:0.0} rss_spread_from_100_pct={spread:0.0} cold_start_median_ms={starts[starts.Count / 2]:0}"));
await host.DisposeAsync();
return errors == 0 && logErrors == 0 ? 0 : 1;

// The host's own figures, from /proc (the benchmark's process is not the kiosk's).
static (long RssKb, int Threads, int Handles) Proc(int pid)
{
    var status = File.ReadAllLines($"/proc/{pid}/status");
    long Field(string name) => long.Parse(status.First(l => l.StartsWith(name, StringComparison.Ordinal)).Split(':')[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    return (Field("VmRSS:"), (int)Field("Threads:"), Directory.GetFileSystemEntries($"/proc/{pid}/fd").Length);
}

int Arg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], culture) : fallback;
}

static async Task<(AppProcess Host, int Port)> StartHostAsync(string data)
{
    var (host, ready) = await AppProcess.StartAsync(
        BuiltApps.KioskDll,
        ["--Kiosk:Port=0", $"--Kiosk:DataDirectory={data}", "--Print:DailyPageCap=100000", "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:KioskGuide.Kiosk=Information"],
        new Regex(@"Open http://127\.0\.0\.1:(\d+)/"));
    return (host, int.Parse(ready.Groups[1].Value, CultureInfo.InvariantCulture));
}

static async Task<double> ColdStartAsync(string data)
{
    var clock = Stopwatch.StartNew();
    var (host, port) = await StartHostAsync(data);
    await using (host)
    await using (var chromium = await Chromium.LaunchAsync())
    {
        var page = await chromium.Browser.NewPageAsync();
        await page.GotoAsync($"http://127.0.0.1:{port}/");
        await page.WaitForSelectorAsync("body[data-kiosk-ready='true']");
        return clock.Elapsed.TotalMilliseconds;
    }
}

static async Task SessionAsync(Chromium chromium, int port, int session)
{
    var portrait = session % 2 == 0;
    await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
    {
        ViewportSize = portrait ? new ViewportSize { Width = 1080, Height = 1920 } : new ViewportSize { Width = 1920, Height = 1080 },
        HasTouch = true,
        Locale = "da-DK",
    });
    var page = await context.NewPageAsync();
    page.SetDefaultTimeout(15_000);
    await page.GotoAsync($"http://127.0.0.1:{port}/");
    await page.WaitForSelectorAsync("body[data-kiosk-ready='true']");
    ILocator Id(string id) => page.Locator($"[data-testid='{id}']").First;

    await page.Locator("[data-testid^='tile-']:not([data-testid='tile-have-your-say'])").Nth(session % 4).TapAsync();
    await page.Locator("[data-testid='offer-card']").First.TapAsync();
    await Id("print").TapAsync();
    await Id("print-dialog").WaitForAsync();
    if (session % 5 == 0)
    {
        await Id("print-confirm").TapAsync();
        await Id("print-result").WaitForAsync();
        await Id("print-close").TapAsync();
    }

    else
    {
        await Id("print-cancel").TapAsync();
    }

    await Id("home").TapAsync();
    await Id("search-launcher").TapAsync();
    foreach (var key in "gå")
    {
        await page.Locator($"[data-key='{key}']").First.TapAsync();
    }

    await Id("home").TapAsync();
    await Id("tile-have-your-say").TapAsync();
    await Id("say-start").TapAsync();
    await page.Locator("[data-testid='question'] button").First.TapAsync();
    // Walks away mid-questionnaire: the context closes with the circuit still holding a half-answered form.
}
