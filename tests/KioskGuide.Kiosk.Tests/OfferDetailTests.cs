using KioskGuide.Kiosk.Components.Pages;

namespace KioskGuide.Kiosk.Tests;

public sealed class OfferDetailTests : KioskComponentTest
{
    private readonly KioskGuide.Domain.Offers.Offer _walk = TestOffers.Make("Gåtur ved fjorden", day: DayOfWeek.Tuesday, free: false);

    public OfferDetailTests() => UseOffers(_walk);

    private IRenderedComponent<OfferDetail> RenderDetail(string language = "da")
    {
        if (Session.Language != language)
        {
            Session.SwitchLanguage();
        }

        return Render<OfferDetail>(p => p.Add(d => d.Id, _walk.Id).AddCascadingValue("Language", language));
    }

    [Fact]
    public void Shows_name_next_three_dates_place_price_phone_and_how_to_join()
    {
        var screen = RenderDetail();
        Assert.Equal("Gåtur ved fjorden", screen.Find("h1").TextContent);
        var dates = screen.FindAll("[data-testid='next-dates'] li").Select(li => li.TextContent).ToList();
        Assert.Equal(3, dates.Count);
        Assert.StartsWith("I morgen kl. 10.00", dates[0], StringComparison.Ordinal);   // Monday now → Tuesday
        Assert.Contains("Torvet 1", screen.Markup, StringComparison.Ordinal);
        Assert.Contains("Bus 210 til Torvet", screen.Markup, StringComparison.Ordinal);
        Assert.Equal("40 kr.", screen.Find("[data-testid='price']").TextContent);
        Assert.Contains("+45 72 10 20 30", screen.Find("[data-testid='phone']").TextContent, StringComparison.Ordinal);
        Assert.Contains("Mød bare op", screen.Markup, StringComparison.Ordinal);
        Assert.Contains("Teleslynge", screen.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Print_says_honestly_that_printing_is_not_available()
    {
        var screen = RenderDetail();
        Assert.Empty(screen.FindAll("[data-testid='print-message']"));
        screen.Find("[data-testid='print']").Click();
        Assert.Contains("ikke klar endnu", screen.Find("[data-testid='print-message']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Danish_only_texts_are_marked_danish_inside_an_english_screen()
    {
        var screen = RenderDetail("en");
        Assert.Equal("da", screen.Find("h1").GetAttribute("lang"));
        Assert.Contains("Just show up", screen.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_offer_says_it_is_gone_instead_of_a_blank_screen()
    {
        var screen = Render<OfferDetail>(p => p.Add(d => d.Id, Guid.NewGuid()).AddCascadingValue("Language", "da"));
        Assert.Contains("findes ikke længere", screen.Markup, StringComparison.Ordinal);
    }
}
