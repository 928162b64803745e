using KioskGuide.Browser.Tests.Infrastructure;

namespace KioskGuide.Browser.Tests;

/// <summary>
/// A citizen who walks away: after 90 s a warning counts down 20 s, then the kiosk starts over with
/// nothing of theirs left. The host's clock is a fake the test moves, so this takes no real minutes.
/// </summary>
[Collection(KioskCollection.Name)]
public sealed class IdleResetTests(KioskFixture kiosk)
{
    [Theory]
    [InlineData("landscape")]
    [InlineData("portrait")]
    public async Task Idle_warning_then_reset_clears_search_filters_language_and_text_size(string orientation)
    {
        await using var screen = await kiosk.OpenAsync(Orientation.Parse(orientation));
        await screen.TapAsync("large-text");
        await screen.ChooseLanguageAsync("en");
        await screen.TapAsync("search-launcher");
        await screen.TypeOnScreenAsync("gå");
        Assert.Equal("gå", await screen.ByTestId("search-input").InputValueAsync());

        kiosk.Server.Clock.Advance(TimeSpan.FromSeconds(91));
        await screen.ByTestId("idle-warning").WaitForAsync();
        var countdown = await screen.ByTestId("idle-countdown").InnerTextAsync();
        Assert.Matches(@"in 1[89] seconds|in 20 seconds", countdown);
        await screen.ScreenshotAsync("12-idle-warning");

        kiosk.Server.Clock.Advance(TimeSpan.FromSeconds(20));
        await screen.ByTestId("attract").WaitForAsync();
        await screen.Page.WaitForFunctionAsync("() => document.documentElement.lang === 'da'");
        await screen.ScreenshotAsync("13-attract");

        await screen.TapAsync("attract");
        await screen.ByTestId("search-launcher").WaitForAsync();
        Assert.Equal("Find et fællesskab eller et tilbud nær dig", await screen.HeadingAsync());
        Assert.Equal("false", await screen.ByTestId("large-text").GetAttributeAsync("aria-pressed"));
        await screen.TapAsync("search-launcher");
        Assert.Equal("", await screen.ByTestId("search-input").InputValueAsync());
    }

    [Fact]
    public async Task Continue_keeps_the_citizen_exactly_where_they_were()
    {
        await using var screen = await kiosk.OpenAsync(Orientation.Landscape);
        await screen.TapAsync("tile-all");
        await screen.TapAsync("filter-free");
        var freeCount = await screen.ResultCountAsync();

        kiosk.Server.Clock.Advance(TimeSpan.FromSeconds(100));
        await screen.ByTestId("idle-warning").WaitForAsync();
        await screen.TapAsync("idle-continue");
        await screen.ByTestId("idle-warning").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Detached });

        Assert.Equal("true", await screen.ByTestId("filter-free").GetAttributeAsync("aria-pressed"));
        Assert.Equal(freeCount, await screen.ResultCountAsync());

        // The continue tap restarted the idle time: 30 s later there is still no warning.
        kiosk.Server.Clock.Advance(TimeSpan.FromSeconds(30));
        await Task.Delay(300);
        Assert.Equal(0, await screen.ByTestId("idle-warning").CountAsync());
    }

    [Fact]
    public async Task Any_touch_counts_as_activity()
    {
        await using var screen = await kiosk.OpenAsync(Orientation.Landscape);
        kiosk.Server.Clock.Advance(TimeSpan.FromSeconds(60));
        // A tap on plain text (not a button) still tells the kiosk someone is there.
        await screen.Page.Locator("main h1").TapAsync();
        await screen.Page.WaitForTimeoutAsync(200);
        kiosk.Server.Clock.Advance(TimeSpan.FromSeconds(60));
        await screen.Page.WaitForTimeoutAsync(300);
        Assert.Equal(0, await screen.ByTestId("idle-warning").CountAsync());
    }
}
