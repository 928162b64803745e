using KioskGuide.Browser.Tests.Infrastructure;

namespace KioskGuide.Browser.Tests;

/// <summary>Searching with the on-screen keyboard only: no physical keyboard is assumed.</summary>
[Collection(KioskCollection.Name)]
public sealed class SearchTests(KioskFixture kiosk)
{
    [Theory]
    [InlineData("landscape")]
    [InlineData("portrait")]
    public async Task Typing_gå_on_the_screen_keyboard_finds_the_walking_groups(string orientation)
    {
        await using var screen = await kiosk.OpenAsync(Orientation.Parse(orientation));
        await screen.TapAsync("search-launcher");
        await screen.ByTestId("keyboard").WaitForAsync();
        await screen.ScreenshotAsync("06-search-empty");

        await screen.TypeOnScreenAsync("gå");
        Assert.Equal("gå", await screen.ByTestId("search-input").InputValueAsync());
        await screen.ByTestId("offer-list").WaitForAsync();
        var names = await screen.CardNamesAsync();
        Assert.True(names.Count >= 2, $"expected walking groups, got: {string.Join(" | ", names)}");
        // Name matches rank first: the top results are the offers with "gå" in their name.
        Assert.StartsWith("gå", names[0].ToLowerInvariant().Split(' ', '-').First(w => w.StartsWith("gå", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains(names, n => n.Contains("Gå", StringComparison.Ordinal) || n.Contains("gå", StringComparison.Ordinal));
        await screen.ScreenshotAsync("07-search-gå");
    }

    [Fact]
    public async Task Results_update_as_one_types_and_backspace_and_clear_work()
    {
        await using var screen = await kiosk.OpenAsync(Orientation.Landscape);
        await screen.TapAsync("search-launcher");

        await screen.TypeOnScreenAsync("spis");
        var afterSpis = await screen.ResultCountAsync();
        Assert.True(afterSpis > 0);

        await screen.TypeOnScreenAsync("xq");
        await screen.ByTestId("no-results").WaitForAsync();
        await screen.ScreenshotAsync("08-search-no-results");

        await screen.TapKeyAsync("backspace");
        await screen.TapKeyAsync("backspace");
        Assert.Equal("spis", await screen.ByTestId("search-input").InputValueAsync());
        Assert.Equal(afterSpis, await screen.ResultCountAsync());

        await screen.TapKeyAsync("clear");
        Assert.Equal("", await screen.ByTestId("search-input").InputValueAsync());
        Assert.Equal(0, await screen.ByTestId("offer-card").CountAsync());
    }

    [Fact]
    public async Task Search_without_danish_letters_finds_danish_words()
    {
        await using var screen = await kiosk.OpenAsync(Orientation.Landscape);
        await screen.TapAsync("search-launcher");
        await screen.TypeOnScreenAsync("faellesskab");
        var withoutAe = await screen.ResultCountAsync();
        await screen.TapKeyAsync("clear");
        await screen.TypeOnScreenAsync("fællesskab");
        Assert.Equal(await screen.ResultCountAsync(), withoutAe);
        Assert.True(withoutAe > 0);
    }
}
