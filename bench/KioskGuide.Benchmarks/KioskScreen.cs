using Microsoft.Playwright;

namespace KioskGuide.Benchmarks;

/// <summary>A landscape kiosk screen with touch, like the real one.</summary>
internal static class KioskScreen
{
    public static async Task<IPage> NewKioskPageAsync(this IBrowser browser)
    {
        IBrowserContext context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1920, Height = 1080 },
            HasTouch = true,
            IsMobile = false,
            DeviceScaleFactor = 1,
            Locale = "da-DK",
            TimezoneId = "Europe/Copenhagen",
        });
        return await context.NewPageAsync();
    }
}
