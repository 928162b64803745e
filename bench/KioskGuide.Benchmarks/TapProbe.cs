using System.Text.Json;
using Microsoft.Playwright;

namespace KioskGuide.Benchmarks;

/// <summary>Taps and measures each tap inside the page with tap-probe.js (embedded), which must be attached before the page loads.</summary>
internal sealed class TapProbe(IPage page)
{
    private const int TimeoutMs = 5_000;

    private static readonly string Script = LoadScript();

    public static Task AttachAsync(IPage page) => page.AddInitScriptAsync(Script);

    /// <summary>Taps <paramref name="target"/> and returns its timings; throws when the tap did not change the result count.</summary>
    public async Task<TapSample> TapAsync(ILocator target, string what)
    {
        await page.EvaluateAsync<string>($"() => window.__tapProbe.arm({TimeoutMs})");
        await target.TapAsync();
        JsonElement r = await page.EvaluateAsync<JsonElement>("() => window.__tapProbe.result()");
        await page.EvaluateAsync("() => kiosk.sync()"); // the host has finished with this tap before the next

        string before = r.GetProperty("before").GetString() ?? "";
        string after = r.GetProperty("after").GetString() ?? "";
        if (r.GetProperty("timedOut").GetBoolean() || before == after)
        {
            throw new InvalidOperationException(
                $"Tapping {what} did not change the result count within {TimeoutMs} ms (\"{before}\" -> \"{after}\"). Choose taps that change it.");
        }

        double down = Number(r, "down");
        if (double.IsNaN(down))
        {
            throw new InvalidOperationException($"Tapping {what} produced no pointerdown event in the page.");
        }

        return new TapSample(before, after, down, Number(r, "click"), Number(r, "message"), Number(r, "changed"), Number(r, "frame"), Number(r, "messageBytes"));
    }

    /// <summary>
    /// Unix ms of the page's performance.now() zero on the system clock, so page time + origin is comparable with the
    /// host's DateTime.UtcNow; and how far performance.timeOrigin is from it.
    /// </summary>
    public async Task<(double Origin, double TimeOriginSkew)> WallClockOriginAsync()
    {
        JsonElement r = await page.EvaluateAsync<JsonElement>("() => window.__tapProbe.wallClockOrigin()");
        double origin = r.GetProperty("origin").GetDouble();
        return (origin, r.GetProperty("timeOrigin").GetDouble() - origin);
    }

    /// <summary>Round trips page -> host -> page that render nothing: the cost of the connection alone.</summary>
    public Task<double[]> PingsAsync(int count) => page.EvaluateAsync<double[]>("n => window.__tapProbe.pings(n)", count);

    private static double Number(JsonElement result, string name) =>
        result.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : double.NaN;

    private static string LoadScript()
    {
        using Stream stream = typeof(TapProbe).Assembly.GetManifestResourceStream("KioskGuide.Benchmarks.tap-probe.js")
            ?? throw new InvalidOperationException("tap-probe.js is not embedded in the benchmark assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>One tap's page times (performance.now() ms): pointerdown, click, last host message, count changed, next frame; and that message's size.</summary>
internal sealed record TapSample(string Before, string After, double Down, double Click, double Message, double Changed, double Frame, double MessageBytes)
{
    /// <summary>pointerdown until the frame after the new results are in the DOM.</summary>
    public double Total => Frame - Down;

    /// <summary>pointerdown until the page handles the click: touch end and the browser's tap gesture (a real finger adds its own press time).</summary>
    public double Input => Click - Down;

    /// <summary>click until the frame after the new results: the part the kiosk itself is responsible for.</summary>
    public double FromClick => Frame - Click;

    /// <summary>click until the host's answer arrived: event over the WebSocket, host handles, searches, renders, sends the diff.</summary>
    public double Host => Message >= Click ? Message - Click : double.NaN;

    /// <summary>The host's answer arriving until the count changed: the browser decoding and applying the render batch.</summary>
    public double Apply => Message >= Click ? Changed - Message : double.NaN;

    /// <summary>Results in the DOM until the next animation frame callback.</summary>
    public double ToFrame => Frame - Changed;
}
