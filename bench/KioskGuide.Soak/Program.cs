using System.Globalization;
using KioskGuide.Soak;
using KioskGuide.Testing;

// Usage: dotnet KioskGuide.Soak.dll [--sessions 1000] [--cold-starts 5] [--hostile-seconds 60 (0: none)]
//        [--published DIR (the published kiosk the cold starts run; scripts/bench-soak.sh publishes it)]
// "A month alone, measured" (scripts/bench-soak.sh): cold starts, then citizen sessions in Chromium against one kiosk
// host whose clock crosses midnight, summer time and closing days (SoakClock), then hostile feeds against a fresh
// host (HostileRun). Prints the host's own figures; exits 1 on any error, never on a figure.
var culture = CultureInfo.InvariantCulture;
var sessions = Arg("--sessions", 1000);
var coldStarts = Arg("--cold-starts", 5);
var hostileSeconds = Arg("--hostile-seconds", 60);
KioskHosts.PublishedFolder = args.SkipWhile(a => a != "--published").Skip(1).FirstOrDefault();
var folder = Path.Combine(Path.GetTempPath(), "kioskguide-soak", Guid.NewGuid().ToString("N"));
await using var chromium = await Chromium.LaunchAsync();

// A kiosk restarts on its data folder: the first start, which also loads the demo content into a new store, is
// printed apart; the median is of the restarts after it.
var hostOnly = new List<double>();
var withBrowser = new List<double>();
for (var i = 0; i <= coldStarts && coldStarts > 0; i++)
{
    var (a, b) = await ColdStart.MeasureAsync(Path.Combine(folder, "cold"), chromium);
    if (i == 0)
    {
        Console.WriteLine(string.Create(culture, $"first start on a new data folder: {a:0} ms with Chromium open, {b:0} ms with Chromium started too"));
        continue;
    }

    hostOnly.Add(a);
    withBrowser.Add(b);
}

double Median(List<double> values) => values.Count == 0 ? double.NaN : values.Order().ElementAt(values.Count / 2);
Console.WriteLine("cold starts ran " + (KioskHosts.PublishedFolder is null ? "the built dll (not ready-to-run)" : "the published, ready-to-run kiosk"));
Console.WriteLine(string.Create(culture, $"cold start to interactive home, median of {coldStarts}: {Median(hostOnly):0} ms with Chromium open ({string.Join(", ", hostOnly.Select(s => s.ToString("0", culture)))}), {Median(withBrowser):0} ms with Chromium started too"));

var errors = 0;
List<double> rss = [];
{
    var (host, port) = await KioskHosts.StartWithClockAsync(Path.Combine(folder, "soak"), KioskHosts.LibraryHours);
    await using var _ = host;
    using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    var clock = new SoakClock(sessions);
    int closed = 0;
    string? firstClosed = null, lastClosed = null;
    async Task SampleAsync(int session)
    {
        var figures = await HostFigures.ReadAsync(host.Id, http);
        if (session >= 100 || sessions < 100)
        {
            rss.Add(figures.RssMb);
        }

        Console.WriteLine($"after {session,5} sessions ({SoakClock.Local(clock.Now)}): {figures}, errors {errors}");
    }

    await SampleAsync(0);
    var wasClosed = false;
    for (var session = 1; session <= sessions; session++)
    {
        var at = session == 1 ? clock.Now : clock.Next(wasClosed);
        (await http.PostAsync($"/soak/clock?at={Uri.EscapeDataString(at.ToString("O", culture))}", null)).EnsureSuccessStatusCode();
        try
        {
            wasClosed = await CitizenSession.RunAsync(chromium.Browser, port, session) == CitizenSession.Outcome.MetClosedPage;
            if (wasClosed)
            {
                closed++;
                firstClosed ??= SoakClock.Local(at);
                lastClosed = SoakClock.Local(at);
            }
        }
        catch (Exception ex) when (ex is Microsoft.Playwright.PlaywrightException or TimeoutException)
        {
            errors++;
            Console.Error.WriteLine($"session {session} ({SoakClock.Local(at)}): {ex.Message.Split('\n')[0]}");
        }

        if (session % 100 == 0 || session == sessions)
        {
            await SampleAsync(session);
        }
    }

    Console.WriteLine($"closed page met by {closed} sessions, from {firstClosed ?? "-"} to {lastClosed ?? "-"}");
    var logged = KioskHosts.Errors(host);
    logged.Take(3).ToList().ForEach(l => Console.WriteLine($"host: {l}"));
    errors += logged.Count;
}

var hostile = hostileSeconds > 0 ? await HostileRun.RunAsync(Path.Combine(folder, "hostile"), hostileSeconds) : new HostileRun.Result(0, 0, 0, 0);
errors += hostile.Errors;
Console.WriteLine(string.Create(culture, $"summary: sessions={sessions} errors={errors} rss_max_mb={rss.DefaultIfEmpty(0).Max():0.0} rss_spread_from_100_pct={HostFigures.SpreadPercent(rss):0.0} cold_start_median_ms={Median(hostOnly):0} cold_start_with_browser_median_ms={Median(withBrowser):0} hostile_rss_start_mb={hostile.StartMb:0.0} hostile_rss_peak_mb={hostile.PeakMb:0.0} hostile_rss_end_mb={hostile.EndMb:0.0}"));
return errors == 0 ? 0 : 1;

int Arg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], culture) : fallback;
}
