using KioskGuide.Domain.Offers;
using KioskGuide.Testing;
using Microsoft.Playwright;

namespace KioskGuide.Benchmarks;

/// <summary>
/// Read-aloud's first sound in Chromium: from the tap's click on "Læs op" on the home screen until the audio
/// element's "playing" event (ticket, espeak-ng start, first WAV bytes, the browser's decoding), measured in the page.
/// </summary>
internal static class SpeechBenchmark
{
    private const int WarmUp = 3;
    private const int Taps = 40;
    private const double TargetP95Ms = 300;

    public static async Task RunAsync(IReadOnlyList<Offer> offers)
    {
        Report.Heading("Read aloud: tap -> first sound in Chromium (home screen, Danish, espeak-ng on this machine)");
        await using KioskHost host = await KioskHost.StartAsync(offers);
        await using Chromium chromium = await Chromium.LaunchAsync();
        IPage page = await chromium.Browser.NewKioskPageAsync();
        await page.GotoAsync(host.Root.ToString());
        await page.WaitForSelectorAsync("body[data-kiosk-ready='true']", new() { Timeout = 30_000 });

        var samples = new List<double>();
        for (int i = 0; i < WarmUp + Taps; i++)
        {
            await page.Locator("[data-testid='read-aloud']").TapAsync();
            await page.WaitForFunctionAsync("() => { const t = kioskSpeech.timings; return t.length > 0 && t[t.length - 1].playing !== null; }", null, new() { Timeout = 10_000 });
            double ms = await page.EvaluateAsync<double>("() => { const t = kioskSpeech.timings[kioskSpeech.timings.length - 1]; return t.playing - t.tap; }");
            if (i >= WarmUp)
            {
                samples.Add(ms);
            }

            await page.Locator("[data-testid='read-aloud']").TapAsync(); // stop
            await page.WaitForFunctionAsync("() => !document.getElementById('kiosk-speech-audio').getAttribute('src')");
        }

        Percentiles p = Percentiles.Of(samples);
        Report.Line($"{Taps} taps ({WarmUp} warm-up not counted): p50 {Report.Ms1(p.P50)} ms, {Report.AgainstTarget("p95", p.P95, TargetP95Ms, Report.Ms1)}, max {Report.Ms1(p.Max)} ms");
        Report.Line("(\"playing\" is when the browser starts the sound; espeak-ng's own lead-in silence comes on top of it)");
        await page.Context.CloseAsync();
    }
}
