using KioskGuide.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace KioskGuide.Browser.Tests;

/// <summary>
/// A cold page load paints the home screen from the server's prerendered HTML, before the Blazor circuit is up,
/// and a tap on that picture is not lost: it is held and replayed once the circuit is.
/// </summary>
[Collection(KioskCollection.Name)]
public sealed class FirstPaintTests(KioskFixture kiosk)
{
    /// <summary>The circuit is held back this long, so the test can look at, and tap, the screen before it is live.</summary>
    private static readonly TimeSpan CircuitDelay = TimeSpan.FromMilliseconds(1500);

    [Theory]
    [InlineData("landscape")]
    [InlineData("portrait")]
    public async Task Home_is_painted_within_500_ms_and_a_tap_before_the_circuit_is_up_still_opens_the_tile(string orientation)
    {
        var size = Orientation.Parse(orientation);
        var context = await kiosk.Chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = size.Width, Height = size.Height },
            HasTouch = true,
            Locale = "da-DK",
        });
        try
        {
            var page = await context.NewPageAsync();
            await page.RouteAsync("**/_blazor/negotiate**", async route =>
            {
                await Task.Delay(CircuitDelay);
                await route.ContinueAsync();
            });

            await page.GotoAsync(kiosk.Server.RootUri.ToString(), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            var tile = page.Locator("[data-testid='tile-seniors']");
            await tile.WaitForAsync(new() { Timeout = 1000 });
            Assert.Equal("Find et fællesskab eller et tilbud nær dig", await page.Locator("main h1").InnerTextAsync());
            Assert.Null(await page.Locator("body").GetAttributeAsync("data-kiosk-ready")); // not live yet: this is the prerendered picture

            double firstPaint = await page.EvaluateAsync<double>("""
                () => new Promise(resolve => {
                  const seen = () => performance.getEntriesByName('first-contentful-paint')[0];
                  const wait = () => seen() ? resolve(seen().startTime) : requestAnimationFrame(wait);
                  wait();
                })
                """);
            Assert.True(firstPaint < 500, $"first contentful paint after {firstPaint:F0} ms");
            await page.ScreenshotAsync(new() { Path = Path.Combine(TestOutput.Folder("screenshots"), $"first-paint-prerendered-{orientation}.png") });
            await File.WriteAllTextAsync(Path.Combine(TestOutput.Folder("screenshots"), $"first-paint-{orientation}.txt"),
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"first contentful paint: {firstPaint:F0} ms (circuit held back {CircuitDelay.TotalMilliseconds} ms)\n"));

            // The citizen taps at once; the tap waits for the circuit and then opens the tile.
            await tile.TapAsync();
            await page.WaitForSelectorAsync("body[data-kiosk-ready='true']", new() { Timeout = 15_000 });
            await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("For seniorer");
            await page.Locator("[data-testid='offer-card']").First.WaitForAsync();
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
