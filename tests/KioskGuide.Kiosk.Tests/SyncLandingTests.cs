using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Kiosk.Components.Offers;
using Microsoft.AspNetCore.Components;

namespace KioskGuide.Kiosk.Tests;

/// <summary>
/// A sync that lands while a citizen reads a screen never yanks it: the open screen keeps its catalogue
/// while they filter or switch language; the new content shows on the next screen they open.
/// </summary>
public sealed class SyncLandingTests : KioskComponentTest
{
    private readonly Offer _walk = TestOffers.Make("Gåtur ved fjorden", town: "Åbæk", free: true);
    private readonly Offer _choir = TestOffers.Make("Fællessang i biblioteket", town: "Kildevang", free: true);
    private readonly Offer _newcomer = TestOffers.Make("Strikkecafé", town: "Kildevang", free: true);

    public SyncLandingTests() => UseOffers(_walk, _choir);

    [Fact]
    public void An_open_result_list_keeps_its_offers_while_the_citizen_filters_and_the_next_list_shows_the_new_ones()
    {
        var screen = Render<Results>(p => p.Add(r => r.Category, "all").AddCascadingValue("Language", "da"));
        Assert.Equal(["Fællessang i biblioteket", "Gåtur ved fjorden"], Names(screen));

        UseOffers(_choir, _newcomer); // The sync: the walk is gone, a knitting café is new.
        screen.Find("[data-testid='filter-free']").Click();
        Assert.Equal(["Fællessang i biblioteket", "Gåtur ved fjorden"], Names(screen));

        var next = Render<Results>(p => p.Add(r => r.Category, "all").AddCascadingValue("Language", "da"));
        Assert.Equal(["Fællessang i biblioteket", "Strikkecafé"], Names(next));
    }

    [Fact]
    public void An_open_offer_stays_when_a_sync_removes_it_and_the_citizen_switches_language()
    {
        var screen = Render<CascadingValue<string>>(Detail(_walk.Id, "da"));
        Assert.Equal("Gåtur ved fjorden", screen.Find("h1").TextContent);

        UseOffers(_choir); // The sync: the walk is gone.
        Session.SwitchLanguage();
        screen.Render(Detail(_walk.Id, "en"));
        Assert.Equal("Gåtur ved fjorden", screen.Find("h1").TextContent);
        Assert.Contains("Print", screen.Find("[data-testid='print']").TextContent, StringComparison.Ordinal); // English now.

        // Opening another offer is a new screen: it comes from the new catalogue.
        screen.Render(Detail(_choir.Id, "en"));
        Assert.Equal("Fællessang i biblioteket", screen.Find("h1").TextContent);
    }

    /// <summary>The detail screen under the layout's language, which changes when the citizen switches.</summary>
    private static Action<ComponentParameterCollectionBuilder<CascadingValue<string>>> Detail(Guid id, string language) => p => p
        .Add(c => c.Name, "Language")
        .Add(c => c.Value, language)
        .AddChildContent<OfferDetail>(d => d.Add(x => x.Id, id));

    private static List<string> Names(IRenderedComponent<Results> screen) =>
        [.. screen.FindAll("[data-testid='offer-card'] .offer-name").Select(n => n.TextContent).Order(StringComparer.Ordinal)];
}
