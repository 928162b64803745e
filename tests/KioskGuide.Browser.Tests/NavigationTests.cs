using KioskGuide.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace KioskGuide.Browser.Tests;

/// <summary>A citizen finds an offer by touch: home → topic → offer → back, in both screen orientations.</summary>
[Collection(KioskCollection.Name)]
public sealed class NavigationTests(KioskFixture kiosk)
{
    [Theory]
    [InlineData("landscape")]
    [InlineData("portrait")]
    public async Task Home_tile_result_detail_and_back(string orientation)
    {
        await using var screen = await kiosk.OpenAsync(Orientation.Parse(orientation));
        await screen.ScreenshotAsync("01-home");

        await screen.TapAsync("tile-move");
        await screen.ExpectHeadingAsync("Kom i bevægelse");
        await screen.ByTestId("offer-list").WaitForAsync();
        var names = await screen.CardNamesAsync();
        Assert.NotEmpty(names);
        Assert.Equal(names.Count, Math.Min(await screen.ResultCountAsync(), names.Count));
        await screen.ScreenshotAsync("02-results-move");

        var firstName = names[0];
        await screen.ByTestId("offer-card").First.TapAsync();
        await screen.ByTestId("offer-detail").WaitForAsync();
        await screen.ExpectHeadingAsync(firstName);
        Assert.True(await screen.ByTestId("next-dates").Or(screen.ByTestId("no-dates")).IsVisibleAsync());
        await screen.ScreenshotAsync("03-detail");

        await screen.TapAsync("back");
        await screen.ExpectHeadingAsync("Kom i bevægelse");
        await screen.ByTestId("offer-list").WaitForAsync();

        await screen.TapAsync("home");
        await screen.ByTestId("tile-move").WaitForAsync();
        Assert.Equal(0, await screen.ByTestId("back").CountAsync());
    }

    [Theory]
    [InlineData("landscape")]
    [InlineData("portrait")]
    public async Task Back_from_an_offer_returns_to_where_the_list_was_scrolled_and_a_new_screen_starts_at_the_top(string orientation)
    {
        await using var screen = await kiosk.OpenAsync(Orientation.Parse(orientation));
        await screen.TapAsync("tile-all");
        await screen.ByTestId("offer-list").WaitForAsync();

        // Scroll well down the list, as a finger would, and open a card that is on the screen there.
        await screen.Page.EvaluateAsync("() => document.getElementById('main').scrollTo(0, 900)");
        await screen.Page.WaitForTimeoutAsync(100);
        var card = screen.Page.Locator("[data-testid='offer-card']").Nth(await screen.Page.EvaluateAsync<int>("""
                () => [...document.querySelectorAll('[data-testid=offer-card]')].findIndex(c => c.getBoundingClientRect().top > 150)
                """));
        await card.ScrollIntoViewIfNeededAsync();
        var name = await card.Locator(".offer-name").InnerTextAsync();
        double scrolled = await screen.Page.EvaluateAsync<double>("() => document.getElementById('main').scrollTop");
        Assert.True(scrolled > 800, $"the list scrolled only {scrolled} px");
        await screen.TapAsync(card);
        await screen.ByTestId("offer-detail").WaitForAsync();
        Assert.Equal(0, await screen.Page.EvaluateAsync<double>("() => document.getElementById('main').scrollTop"));

        await screen.TapAsync("back");
        await screen.ByTestId("offer-list").WaitForAsync();
        await Assertions.Expect(screen.Page.Locator("#main")).ToHaveJSPropertyAsync("scrollTop", scrolled);
        await Assertions.Expect(screen.Page.Locator("[data-testid='offer-card']", new() { HasText = name })).ToBeInViewportAsync();
        await screen.ScreenshotAsync($"05-back-keeps-scroll-{orientation}");
    }

    [Fact]
    public async Task Print_button_opens_the_leaflet_preview()
    {
        await using var screen = await kiosk.OpenAsync(Orientation.Landscape);
        await screen.TapAsync("tile-all");
        await screen.ByTestId("offer-card").First.TapAsync();
        await screen.TapAsync("print");
        await screen.ByTestId("print-preview").First.WaitForAsync();
        await screen.TapAsync("print-cancel");
        Assert.Equal(0, await screen.ByTestId("print-dialog").CountAsync());
        await screen.ScreenshotAsync("04-detail-after-print-cancel");
    }

    [Fact]
    public async Task Language_switch_changes_the_ui_texts_and_the_page_language()
    {
        await using var screen = await kiosk.OpenAsync(Orientation.Landscape);
        Assert.Equal("Find et fællesskab eller et tilbud nær dig", await screen.HeadingAsync());
        Assert.Equal("da", await screen.Page.EvaluateAsync<string>("document.documentElement.lang"));

        // The button names every language in itself, so a person who reads no Danish finds their own.
        var button = await screen.ByTestId("language").InnerTextAsync();
        foreach (var name in new[] { "Dansk", "English", "العربية", "Українська" })
        {
            Assert.Contains(name, button, StringComparison.Ordinal);
        }

        await screen.TapAsync("language");
        await screen.ByTestId("language-chooser").WaitForAsync();
        Assert.Equal("ar", await screen.ByTestId("language-ar").GetAttributeAsync("lang"));
        Assert.Equal("rtl", await screen.ByTestId("language-ar").GetAttributeAsync("dir"));
        await screen.ScreenshotAsync("05-language-chooser");
        await screen.TapAsync("language-en");
        await screen.Page.WaitForFunctionAsync("() => document.documentElement.lang === 'en'");
        await screen.ExpectHeadingAsync("Find a community or an offer near you");
        Assert.Contains("Get moving", await screen.ByTestId("tile-move").InnerTextAsync(), StringComparison.Ordinal);
        await screen.ScreenshotAsync("05-home-english");

        await screen.ChooseLanguageAsync("ar");
        await screen.Page.WaitForFunctionAsync("() => document.documentElement.lang === 'ar' && document.documentElement.dir === 'rtl'");
        await screen.ExpectHeadingAsync("ابحث عن نشاط جماعي أو عرض قريب منك");
        Assert.Equal("نص كبير", (await screen.ByTestId("large-text").InnerTextAsync()).Trim());
        Assert.Contains("تحرّك", await screen.ByTestId("tile-move").InnerTextAsync(), StringComparison.Ordinal);
        await screen.ScreenshotAsync("05-home-arabic");

        await screen.ChooseLanguageAsync("da");
        await screen.Page.WaitForFunctionAsync("() => document.documentElement.lang === 'da' && document.documentElement.dir === 'ltr'");
        await screen.ExpectHeadingAsync("Find et fællesskab eller et tilbud nær dig");
    }

    [Fact]
    public async Task Every_demo_offer_is_at_most_three_taps_from_home()
    {
        await using var screen = await kiosk.OpenAsync(Orientation.Landscape);
        await screen.TapAsync("tile-all");
        await screen.ByTestId("offer-list").WaitForAsync();
        var total = await screen.ResultCountAsync();
        Assert.True(total >= 80, $"only {total} offers under 'all offers'");
        while (await screen.ByTestId("show-more").CountAsync() > 0)
        {
            await screen.TapAsync("show-more");
        }

        var ids = await screen.Page.Locator("[data-testid='offer-card']").EvaluateAllAsync<string[]>(
            "cards => cards.map(c => c.dataset.offerId)");
        Assert.Equal(total, ids.Length);

        foreach (var id in ids)
        {
            await screen.TapAsync("home");
            var taps = 0;
            await screen.TapAsync("tile-all");
            taps++;
            var card = screen.Page.Locator($"[data-offer-id='{id}']");
            if (await card.CountAsync() == 0)
            {
                // Scrolled to first, as a finger would scroll down before tapping: a touch that lands while the
                // page is still being scrolled only stops the scroll in Chromium and makes no click.
                await screen.ByTestId("show-more").ScrollIntoViewIfNeededAsync();
                await screen.SyncAsync();
                await screen.TapAsync("show-more");
                taps++;
            }

            await screen.TapAsync(card);
            taps++;
            await screen.ByTestId("offer-detail").WaitForAsync();
            Assert.EndsWith($"/offer/{id}", screen.Page.Url, StringComparison.Ordinal);
            Assert.True(taps <= 3, $"offer {id} took {taps} taps");
        }
    }

    /// <summary>After a host restart the page reloads wherever it was: every screen must come back, never hang.</summary>
    [Theory]
    [InlineData("offers/all", "offer-list")]
    [InlineData("search", "keyboard")]
    [InlineData("say", "say-intro")]
    [InlineData("say/3", "say-intro")]
    [InlineData("say/review", "say-intro")]
    [InlineData("say/thanks", "say-thanks")]
    [InlineData("offer/00000000-0000-0000-0000-000000000000", "not-found-home")]
    public async Task A_reload_on_any_screen_comes_back(string path, string expectedTestId)
    {
        await using var screen = await kiosk.OpenAsync(Orientation.Landscape);
        await screen.Page.GotoAsync(new Uri(kiosk.Server.RootUri, path).ToString());
        await screen.Page.WaitForSelectorAsync("body[data-kiosk-ready='true']", new() { State = Microsoft.Playwright.WaitForSelectorState.Attached, Timeout = 10_000 });
        await screen.ByTestId(expectedTestId).First.WaitForAsync(new() { Timeout = 10_000 });
    }
}
