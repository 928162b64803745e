using KioskGuide.Browser.Tests.Infrastructure;
using KioskGuide.DemoContent;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Domain.Search;

namespace KioskGuide.Browser.Tests;

/// <summary>Filters narrow the list, a dead end says so and offers one tap back out.</summary>
[Collection(KioskCollection.Name)]
public sealed class FilterTests(KioskFixture kiosk)
{
    [Theory]
    [InlineData("landscape")]
    [InlineData("portrait")]
    public async Task Filters_narrow_the_results_and_clear_restores_them(string orientation)
    {
        await using var screen = await kiosk.OpenAsync(Orientation.Parse(orientation));
        await screen.TapAsync("tile-all");
        var all = await screen.ResultCountAsync();

        await screen.TapAsync("filter-where");
        await screen.ByTestId("filter-panel").WaitForAsync();
        await screen.ScreenshotAsync("09-filter-where-open");
        await screen.TapAsync("where-Kildevang");
        var inKildevang = await screen.ResultCountAsync();
        Assert.InRange(inKildevang, 1, all - 1);
        foreach (var meta in await screen.Page.Locator("[data-testid='offer-card'] .offer-meta").AllTextContentsAsync())
        {
            Assert.Contains("Kildevang", meta, StringComparison.Ordinal);
        }

        await screen.TapAsync("filter-free");
        var freeInKildevang = await screen.ResultCountAsync();
        Assert.InRange(freeInKildevang, 1, inKildevang - 1);
        await screen.ScreenshotAsync("10-filter-kildevang-free");

        await screen.TapAsync("filter-clear");
        Assert.Equal(all, await screen.ResultCountAsync());
    }

    [Fact]
    public async Task A_combination_that_matches_nothing_says_so_and_one_tap_clears_it()
    {
        var (town, day) = FindEmptyCombination();
        await using var screen = await kiosk.OpenAsync(Orientation.Landscape);
        await screen.TapAsync("tile-all");
        var all = await screen.ResultCountAsync();

        await screen.TapAsync("filter-where");
        await screen.TapAsync($"where-{town}");
        await screen.TapAsync("filter-when");
        await screen.TapAsync($"when-{day}");

        await screen.ByTestId("no-results").WaitForAsync();
        Assert.Equal(0, await screen.ByTestId("offer-card").CountAsync());
        await screen.ScreenshotAsync("11-filter-no-results");

        await screen.TapAsync("clear-filters-empty");
        Assert.Equal(all, await screen.ResultCountAsync());
    }

    [Fact]
    public async Task Day_filter_today_shows_only_offers_happening_today()
    {
        await using var screen = await kiosk.OpenAsync(Orientation.Landscape);
        await screen.TapAsync("tile-all");
        var all = await screen.ResultCountAsync();
        await screen.TapAsync("filter-when");
        await screen.TapAsync("when-Today");
        var today = await screen.ResultCountAsync();
        Assert.InRange(today, 1, all - 1);
        // Every card's next time is today (or now).
        foreach (var meta in await screen.Page.Locator("[data-testid='offer-card'] .offer-meta").AllTextContentsAsync())
        {
            Assert.True(meta.Contains("I dag", StringComparison.Ordinal) || meta.Contains("Nu", StringComparison.Ordinal), meta);
        }
    }

    /// <summary>A town and a day on which the demo content has nothing there, found from the content itself.</summary>
    private static (string Town, DayChoice Day) FindEmptyCombination()
    {
        var catalogue = new OfferCatalogue(DemoOffers.Load(), KioskTimeZone.Copenhagen);
        foreach (var town in catalogue.Towns)
        {
            foreach (var day in Enum.GetValues<DayChoice>())
            {
                var filter = OfferFilter.None with { Town = town, Day = day };
                if (catalogue.Search("", filter, KioskServer.StartTime).Count == 0)
                {
                    return (town, day);
                }
            }
        }

        throw new InvalidOperationException("The demo content has something in every town on every day; pick another empty filter.");
    }
}
