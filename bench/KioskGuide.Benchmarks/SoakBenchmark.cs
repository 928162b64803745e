using System.Diagnostics;
using KioskGuide.Testing;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using Microsoft.Playwright;

namespace KioskGuide.Benchmarks;

/// <summary>
/// Memory over many citizens: one Chromium page and one circuit (as on a kiosk, which never reloads) go
/// through whole sessions — a tile, an offer, search on the on-screen keyboard, the language switch, a
/// questionnaire started and abandoned, home — and the host's memory is sampled after a full GC.
/// Flat figures mean nothing a session leaves behind is kept.
/// </summary>
internal static class SoakBenchmark
{
    private const int SampleEvery = 25;

    public static async Task RunAsync(IReadOnlyList<Offer> offers, int sessions)
    {
        Report.Heading($"Soak: {sessions} citizen sessions on one circuit ({offers.Count:N0} offers)");
        await using KioskHost host = await KioskHost.StartAsync(offers);
        await using Chromium chromium = await Chromium.LaunchAsync();
        IPage page = await chromium.Browser.NewKioskPageAsync();
        await page.GotoAsync(host.Root.ToString());
        await page.WaitForSelectorAsync("body[data-kiosk-ready='true']", new() { Timeout = 30_000 });

        Report.Line("MB of the host's managed heap after a full GC, of this process's working set (host + Playwright client),");
        Report.Line("and of the page's JS heap; seconds per session since the previous row.");
        Report.Row(12, "sessions", "managed", "working", "JS heap", "s/session");
        var samples = new List<(int Sessions, double Managed)>();
        var clock = Stopwatch.StartNew();
        for (int done = 0; done <= sessions; done++)
        {
            if (done % SampleEvery == 0)
            {
                double managed = GC.GetTotalMemory(forceFullCollection: true) / 1048576.0;
                double workingSet = Process.GetCurrentProcess().WorkingSet64 / 1048576.0;
                double jsHeap = await page.EvaluateAsync<double>("() => (performance.memory?.usedJSHeapSize ?? 0) / 1048576");
                double perSession = done == 0 ? 0 : clock.Elapsed.TotalSeconds / SampleEvery;
                Report.Row(12, done.ToString(System.Globalization.CultureInfo.InvariantCulture), Report.Ms1(managed), Report.Ms1(workingSet), Report.Ms1(jsHeap), Report.Ms1(perSession));
                samples.Add((done, managed));
                clock.Restart();
            }

            if (done < sessions)
            {
                try
                {
                    await OneSessionAsync(page, done);
                }
                catch (TimeoutException)
                {
                    string shot = Path.Combine(Path.GetTempPath(), "kioskguide-soak-failure.png");
                    await page.ScreenshotAsync(new() { Path = shot });
                    Report.Line($"Session {done + 1} got stuck; the screen is in {shot}");
                    throw;
                }
            }
        }

        // Growth between the first sample after warm-up and the last, per 1,000 sessions.
        var (firstSessions, firstManaged) = samples[1];
        var (lastSessions, lastManaged) = samples[^1];
        double perThousand = (lastManaged - firstManaged) / Math.Max(1, lastSessions - firstSessions) * 1000;
        Report.Line($"Managed heap after a full GC: {Report.Ms1(firstManaged)} MB at {firstSessions} sessions, {Report.Ms1(lastManaged)} MB at {lastSessions}: " +
            $"{Report.Ms1(perThousand)} MB per 1,000 sessions");
    }

    private static async Task OneSessionAsync(IPage page, int n)
    {
        var tiles = page.Locator("[data-testid^='tile-']:not([data-testid='tile-have-your-say'])");
        await TapAsync(tiles.Nth(n % await tiles.CountAsync()));
        await TapAsync(page.Locator("[data-testid='offer-card']").First);
        await page.Locator("[data-testid='offer-detail']").WaitForAsync();
        await HomeAsync(page);

        await TapAsync(page.Locator("[data-testid='search-launcher']"));
        await TapAsync(page.Locator("[data-key='clear']")); // The query stays until the idle reset, which a soak does not wait for.
        await TapAsync(page.Locator("[data-key='g']"));
        await TapAsync(page.Locator("[data-key='å']"));
        await TapAsync(page.Locator("[data-testid='offer-card']").First);
        await TapAsync(page.Locator("[data-testid='language']"));
        await TapAsync(page.Locator("[data-testid='language']"));
        await HomeAsync(page);

        if (n % 5 == 0)
        {
            await TapAsync(page.Locator("[data-testid='tile-have-your-say']"));
            await TapAsync(page.Locator("[data-testid='say-start']"));
            await page.Locator("[data-testid='question']").WaitForAsync();
            await HomeAsync(page);
        }
    }

    private static async Task HomeAsync(IPage page)
    {
        await TapAsync(page.Locator("[data-testid='home']"));
        await page.Locator("[data-testid='tile-all']").WaitForAsync();
    }

    private static async Task TapAsync(ILocator target)
    {
        await target.TapAsync(new() { Timeout = 15_000 });
    }
}
