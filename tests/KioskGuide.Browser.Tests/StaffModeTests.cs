using Microsoft.Playwright;
using KioskGuide.Browser.Tests.Infrastructure;

namespace KioskGuide.Browser.Tests;

/// <summary>
/// Staff mode as library staff use it: hold the top-left corner 5 s, type the PIN (the demo's is 2468), read the
/// kiosk's state, act, leave. A short touch of the corner does nothing; staff mode leaves by itself when left alone.
/// </summary>
[Collection(KioskCollection.Name)]
public sealed class StaffModeTests(KioskFixture kiosk)
{
    private async Task HoldCornerAsync(KioskPage screen, int seconds)
    {
        await screen.Page.Mouse.MoveAsync(20, 20);
        await screen.Page.Mouse.DownAsync();
        await screen.SyncAsync();
        kiosk.Server.Clock.Advance(TimeSpan.FromSeconds(seconds));
        await Task.Delay(300);
        await screen.Page.Mouse.UpAsync();
        await screen.SyncAsync();
    }

    private static async Task TypePinAsync(KioskPage screen, string pin)
    {
        foreach (var digit in pin)
        {
            await screen.TapAsync($"pin-{digit}");
        }

        await screen.TapAsync("pin-ok");
    }

    [Theory]
    [InlineData("landscape")]
    [InlineData("portrait")]
    public async Task Hold_the_corner_type_the_PIN_see_the_status_reset_the_page_counter_and_leave(string orientation)
    {
        await using var screen = await kiosk.OpenAsync(Orientation.Parse(orientation));

        await HoldCornerAsync(screen, 2);
        Assert.Equal(0, await screen.ByTestId("pin-pad").CountAsync()); // a citizen's short touch opens nothing

        await HoldCornerAsync(screen, 6);
        await screen.ByTestId("pin-pad").WaitForAsync();
        await TypePinAsync(screen, "1111");
        Assert.Contains("4 forsøg tilbage", await screen.ByTestId("pin-message").InnerTextAsync(), StringComparison.Ordinal);
        await screen.ScreenshotAsync($"staff-1-pin-wrong-{orientation}");

        await TypePinAsync(screen, "2468");
        await screen.ByTestId("staff-screen").WaitForAsync();
        Assert.Matches(@"^Klar — \d+ af 200 sider i dag", await screen.ByTestId("staff-printer").InnerTextAsync());
        await screen.ScreenshotAsync($"staff-2-status-{orientation}");

        // Other tests of the collection printed on this kiosk: the reset brings today's count to 0.
        await screen.TapAsync("staff-reset-pages");
        await Assertions.Expect(screen.ByTestId("staff-said")).ToContainTextAsync("Sidetælleren står på 0 igen");
        await Assertions.Expect(screen.ByTestId("staff-printer")).ToContainTextAsync("0 af 200 sider i dag");
        await screen.TapAsync("staff-sync-now");
        await Assertions.Expect(screen.ByTestId("staff-said")).ToContainTextAsync("Synkronisering er slået fra");

        // Staff who read English switch the whole staff screen, the last sentence said included.
        await screen.TapAsync("staff-language");
        await Assertions.Expect(screen.ByTestId("staff-said")).ToContainTextAsync("Sync is turned off on this kiosk");
        await Assertions.Expect(screen.ByTestId("staff-printer")).ToContainTextAsync("Ready — 0 of 200 pages today");
        await Assertions.Expect(screen.ByTestId("staff-leave")).ToHaveTextAsync("Leave staff mode");
        Assert.Equal("en", await screen.ByTestId("staff-screen").GetAttributeAsync("lang"));
        await screen.ScreenshotAsync($"staff-3-status-english-{orientation}");

        await screen.TapAsync("staff-leave");
        Assert.Equal(0, await screen.ByTestId("staff-screen").CountAsync());
        await screen.ByTestId("search-launcher").WaitForAsync();
    }

    [Fact]
    public async Task Staff_mode_left_alone_closes_by_itself()
    {
        await using var screen = await kiosk.OpenAsync(Orientation.Landscape);
        await HoldCornerAsync(screen, 6);
        await TypePinAsync(screen, "2468");
        await screen.ByTestId("staff-screen").WaitForAsync();
        await screen.TapAsync("staff-language");
        await Assertions.Expect(screen.ByTestId("staff-leave")).ToHaveTextAsync("Leave staff mode");

        kiosk.Server.Clock.Advance(TimeSpan.FromSeconds(121));

        await Assertions.Expect(screen.ByTestId("staff-screen")).ToHaveCountAsync(0);

        // The next staff member starts in Danish again.
        await HoldCornerAsync(screen, 6);
        await TypePinAsync(screen, "2468");
        await Assertions.Expect(screen.ByTestId("staff-leave")).ToHaveTextAsync("Luk personaletilstand");
    }
}
