using KioskGuide.Testing;
using KioskGuide.DemoContent;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using Microsoft.Playwright;

namespace KioskGuide.Benchmarks;

/// <summary>
/// Tap-to-paint latency of the real kiosk in Chromium: from a finger's pointerdown on a filter until the
/// frame after the new results are in the DOM, measured inside the page.
/// </summary>
internal static class TapLatencyBenchmark
{
    private const int WarmUpTaps = 4;
    private const int ToggleTaps = 100;
    private const int TownTaps = 20;
    private const int Pings = 100;
    private const double TargetP95Ms = 33; // two frames at 60 Hz
    private const int LabelWidth = 62;

    private static readonly string[] Toggles = ["filter-free", "filter-step-free"];

    public static async Task RunAsync(IReadOnlyList<Offer> offers)
    {
        Report.Heading($"Tap latency in Chromium ({offers.Count:N0} offers, results screen \"Alle tilbud\")");
        using var metrics = new ServerMetrics();
        await using KioskHost host = await KioskHost.StartAsync(offers);
        await using Chromium chromium = await Chromium.LaunchAsync();
        IPage page = await chromium.Browser.NewKioskPageAsync();
        await TapProbe.AttachAsync(page);
        Report.Line($"Chromium {chromium.Browser.Version}, headless, 1920x1080, touch");

        await page.GotoAsync(host.Root.ToString());
        await page.WaitForSelectorAsync("body[data-kiosk-ready='true']", new() { Timeout = 30_000 });
        await page.Locator("[data-testid='tile-all']").TapAsync();
        await page.EvaluateAsync("() => kiosk.sync()");
        await page.Locator("[data-testid='offer-list']").WaitForAsync();
        Report.Line($"Results screen shows: \"{(await page.Locator("[data-testid='result-count']").InnerTextAsync()).Trim()}\", " +
            $"{await page.Locator("[data-testid='offer-card']").CountAsync()} cards drawn");

        var probe = new TapProbe(page);
        var warmUp = new List<TapSample>();
        for (int i = 0; i < WarmUpTaps; i++)
        {
            warmUp.Add(await TapToggleAsync(probe, page, i));
        }

        Report.Line($"Warm-up taps (not counted), total ms: {string.Join(", ", warmUp.Select(s => Report.Ms1(s.Total)))}");
        Percentiles ping = Percentiles.Of(await probe.PingsAsync(Pings));
        (double origin, double skew) = await probe.WallClockOriginAsync();
        Report.Line($"Page clock lined up with the host's: performance.timeOrigin is {Report.Ms1(skew)} ms off the system clock (corrected)");
        Report.Line($"Connection alone, {Pings} x kiosk.sync() round trip (no render): p50 {Report.Ms1(ping.P50)} ms, p95 {Report.Ms1(ping.P95)} ms, max {Report.Ms1(ping.Max)} ms");

        metrics.Reset();
        var toggles = new List<TapSample>();
        for (int i = 0; i < ToggleTaps; i++)
        {
            toggles.Add(await TapToggleAsync(probe, page, i));
        }

        Print($"{ToggleTaps} taps alternating \"Gratis\" / \"Uden trin\" (on, on, off, off, ...)", toggles, metrics, origin);

        metrics.Reset();
        var towns = new List<TapSample>();
        for (int i = 0; i < TownTaps; i++)
        {
            string town = DemoOffers.Towns[i % DemoOffers.Towns.Count];
            await page.Locator("[data-testid='filter-where']").TapAsync();
            await page.EvaluateAsync("() => kiosk.sync()");
            await page.Locator("[data-testid='filter-panel']").WaitForAsync();
            towns.Add(await probe.TapAsync(page.Locator($"[data-testid='where-{town}']"), $"the town choice {town}"));
        }

        Print($"{TownTaps} town choices in the \"Hvor\" panel (only the choice tap is timed)", towns, metrics, origin);
        await page.Context.CloseAsync();
    }

    private static Task<TapSample> TapToggleAsync(TapProbe probe, IPage page, int i)
    {
        string testId = Toggles[i % Toggles.Length];
        return probe.TapAsync(page.Locator($"[data-testid='{testId}']"), testId);
    }

    private static void Print(string title, List<TapSample> samples, ServerMetrics metrics, double origin)
    {
        var splits = samples.Select(s => Split(s, origin, metrics.HandlerRuns)).OfType<HostSplit>().ToList();
        Report.Line();
        Report.Line(title);
        Report.Line($"Result counts seen: {string.Join(" | ", samples.Take(4).Select(s => $"{Count(s.Before)} -> {Count(s.After)}"))} | ...");
        Report.Row(LabelWidth, "in the page (ms)", "n", "p50", "p95", "max");
        Row("pointerdown -> next frame after results changed (TOTAL)", samples.Select(s => s.Total));
        Row("  pointerdown -> click handled (touch end, tap gesture)", samples.Select(s => s.Input));
        Row("  click -> host's answer arrives (WebSocket + host)", samples.Select(s => s.Host));
        Row("    click -> event handler starts (WebSocket in, queue)", splits.Select(s => s.ToHandler));
        Row("    event handler (FilterBar -> Results, search included)", splits.Select(s => s.Handler));
        Row("    handler done -> answer arrives (render, serialize, send)", splits.Select(s => s.ToAnswer));
        Row("  answer arrives -> count changed (apply render batch)", samples.Select(s => s.Apply));
        Row("  count changed -> requestAnimationFrame callback", samples.Select(s => s.ToFrame));
        Row("size of the host's answer (KB, last WebSocket message)", samples.Select(s => s.MessageBytes / 1024));
        Row("click handled -> next frame (the kiosk's own share)", samples.Select(s => s.FromClick));
        Percentiles total = Percentiles.Of(samples.Select(s => s.Total));
        Percentiles own = Percentiles.Of(samples.Select(s => s.FromClick));
        Report.Line($"TOTAL pointerdown -> frame: p50 {Report.Ms1(total.P50)} ms, {Report.AgainstTarget("p95", total.P95, TargetP95Ms, Report.Ms1)}, max {Report.Ms1(total.Max)} ms");
        Report.Line($"(click -> frame:            p50 {Report.Ms1(own.P50)} ms, {Report.AgainstTarget("p95", own.P95, TargetP95Ms, Report.Ms1)}, max {Report.Ms1(own.Max)} ms)");
        Report.Line("in the host, Blazor's own metrics (ms unless a unit is given; on Blazor Server render_diff.duration lasts");
        Report.Line("until the browser acknowledges the batch, so it includes sending and applying it):");
        metrics.Print(LabelWidth);
    }

    /// <summary>
    /// Splits click -> answer at the host's event handler, lining up page and host by wall clock
    /// (same machine; the two clocks may disagree by a fraction of a millisecond).
    /// </summary>
    private static HostSplit? Split(TapSample sample, double origin, IReadOnlyCollection<HandlerRun> runs)
    {
        double click = origin + sample.Click;
        double answer = origin + sample.Message;
        HandlerRun? run = runs.LastOrDefault(r => r.EndedAtUnixMs >= click - 1 && r.EndedAtUnixMs <= answer + 1);
        return run is null || double.IsNaN(answer)
            ? null
            : new HostSplit(run.EndedAtUnixMs - run.DurationMs - click, run.DurationMs, answer - run.EndedAtUnixMs);
    }

    private sealed record HostSplit(double ToHandler, double Handler, double ToAnswer);

    private static void Row(string label, IEnumerable<double> values)
    {
        Percentiles p = Percentiles.Of(values.Where(v => !double.IsNaN(v)));
        Report.Row(LabelWidth, label, p.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Report.Ms1(p.P50), Report.Ms1(p.P95), Report.Ms1(p.Max));
    }

    private static string Count(string text) => new([.. text.TakeWhile(c => char.IsDigit(c) || c == '.')]);
}
