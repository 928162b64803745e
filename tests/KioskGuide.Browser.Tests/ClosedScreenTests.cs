using KioskGuide.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace KioskGuide.Browser.Tests;

/// <summary>
/// Outside opening hours the kiosk shows a calm closed page that a touch does nothing to, and opens by itself.
/// The test kiosk's clock starts Monday 23 November 2026 at 10.00; this site opens at 12.00 on Mondays.
/// </summary>
public sealed class ClosedScreenTests : IAsyncLifetime, IDisposable
{
    private readonly KioskServer _server = new();
    private Chromium? _chromium;

    public async Task InitializeAsync()
    {
        _server.Settings["OpeningHours:Days:Monday"] = "12:00-19:00";
        _server.Settings["OpeningHours:Days:Tuesday"] = "10:00-19:00";
        _ = _server.RootUri;
        _chromium = await Chromium.LaunchAsync();
    }

    [Fact]
    public async Task Before_opening_the_closed_page_says_when_it_opens_ignores_touches_and_goes_at_opening()
    {
        var context = await _chromium!.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1920, Height = 1080 }, HasTouch = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(_server.RootUri.ToString());
        await page.WaitForSelectorAsync("body[data-kiosk-ready='true']", new() { Timeout = 15_000 });

        var closed = page.Locator("[data-testid='closed-screen']");
        await Assertions.Expect(closed).ToHaveTextAsync("Lukket — vi åbner igen i dag kl. 12.00");
        await page.ScreenshotAsync(new() { Path = Path.Combine(TestOutput.Folder("screenshots"), "closed-landscape.png") });

        await page.Touchscreen.TapAsync(960, 540);
        await Assertions.Expect(closed).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("[data-testid='offer-card']").CountAsync());

        _server.Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromSeconds(31));
        await Assertions.Expect(closed).ToHaveCountAsync(0);
        await context.CloseAsync();
    }

    public void Dispose() => _server.Dispose();

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }
    }
}
