using System.Diagnostics;
using KioskGuide.Testing;

namespace KioskGuide.Soak;

/// <summary>
/// Cold start of the shipped host to an interactive home screen (the Blazor circuit up: taps answer), two ways:
/// with Chromium already open (the launcher's browser waits on the host after a host restart) and with Chromium
/// started too (a machine's boot).
/// </summary>
internal static class ColdStart
{
    public static async Task<(double HostOnlyMs, double WithBrowserMs)> MeasureAsync(string data, Chromium openBrowser)
    {
        var clock = Stopwatch.StartNew();
        var (host, port) = await KioskHosts.StartShippedAsync(data + "-a");
        await using (host)
        {
            var page = await openBrowser.Browser.NewPageAsync();
            await page.GotoAsync($"http://127.0.0.1:{port}/");
            await page.WaitForSelectorAsync("body[data-kiosk-ready='true']");
            var hostOnly = clock.Elapsed.TotalMilliseconds;
            await page.CloseAsync();
            clock.Restart();
            await using var chromium = await Chromium.LaunchAsync();
            var (second, secondPort) = await KioskHosts.StartShippedAsync(data + "-b");
            await using (second)
            {
                var fresh = await chromium.Browser.NewPageAsync();
                await fresh.GotoAsync($"http://127.0.0.1:{secondPort}/");
                await fresh.WaitForSelectorAsync("body[data-kiosk-ready='true']");
                return (hostOnly, clock.Elapsed.TotalMilliseconds);
            }
        }
    }
}
