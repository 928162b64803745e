using KioskGuide.Kiosk.Components.Offers;
using KioskGuide.Print;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

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
        Assert.StartsWith("I morgen, tirsdag 24. november, kl. 10.00", dates[0].Trim(), StringComparison.Ordinal);   // Monday now → Tuesday
        Assert.Contains("Torvet 1", screen.Markup, StringComparison.Ordinal);
        Assert.Contains("Bus 210 til Torvet", screen.Markup, StringComparison.Ordinal);
        Assert.Equal("40 kr.", screen.Find("[data-testid='price']").TextContent);
        Assert.Contains("+45 72 10 20 30", screen.Find("[data-testid='phone']").TextContent, StringComparison.Ordinal);
        Assert.Contains("Mød bare op", screen.Markup, StringComparison.Ordinal);
        Assert.Contains("Teleslynge", screen.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Print_shows_the_leaflet_preview_then_prints_it_and_says_where_to_take_it()
    {
        var folder = UsePrintFolder();
        var screen = RenderDetail();
        Assert.Empty(screen.FindAll("[data-testid='print-dialog']"));

        screen.Find("[data-testid='print']").Click();
        screen.WaitForElement("[data-testid='print-preview']", TimeSpan.FromSeconds(10));
        Assert.StartsWith("data:image/png;base64,", screen.Find("[data-testid='print-preview']").GetAttribute("src"), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "printed")));

        screen.Find("[data-testid='print-confirm']").Click();
        var result = screen.WaitForElement("[data-testid='print-result']", TimeSpan.FromSeconds(10));
        Assert.Equal("Printed", result.GetAttribute("data-outcome"));
        Assert.Equal("Tag din folder fra printeren.", result.TextContent);
        Assert.EndsWith(".pdf", Assert.Single(Directory.GetFiles(Path.Combine(folder, "printed"))), StringComparison.Ordinal);

        screen.Find("[data-testid='print-close']").Click();
        screen.WaitForAssertion(() => Assert.Empty(screen.FindAll("[data-testid='print-dialog']")), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Cancel_closes_the_preview_without_printing()
    {
        var folder = UsePrintFolder();
        var screen = RenderDetail("en");

        screen.Find("[data-testid='print']").Click();
        screen.WaitForElement("[data-testid='print-preview']", TimeSpan.FromSeconds(10));
        Assert.Equal("Cancel", screen.Find("[data-testid='print-cancel']").TextContent.Trim());
        screen.Find("[data-testid='print-cancel']").Click();

        screen.WaitForAssertion(() => Assert.Empty(screen.FindAll("[data-testid='print-dialog']")), TimeSpan.FromSeconds(5));
        Assert.False(Directory.Exists(Path.Combine(folder, "printed")));
    }

    /// <summary>Printing as the kiosk has it by default: PDFs into a folder, here a fresh temporary one.</summary>
    private string UsePrintFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kioskguide-detail-print", Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        Services.AddLogging();
        Services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Print:Folder"] = Path.Combine(folder, "printed") }).Build());
        Services.AddKioskPrinting(_ => new PrintSite("Åbæk Bibliotek", "Åbæk Kommune", folder));
        return folder;
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
