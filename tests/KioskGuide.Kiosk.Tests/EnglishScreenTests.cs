using KioskGuide.Domain.Offers;
using KioskGuide.Kiosk.Components.Offers;

namespace KioskGuide.Kiosk.Tests;

/// <summary>An English screen shows every text the feed has in English, and marks each Danish fallback as Danish.</summary>
public sealed class EnglishScreenTests : KioskComponentTest
{
    private static readonly Offer Translated = TestOffers.Make("Søndagsmiddag") with
    {
        Description = "Vi spiser steg og dessert.",
        JoinNote = "Tilmeld dig senest fredagen før.",
        Translations = new Dictionary<string, OfferTranslation>
        {
            ["en"] = new() { Name = "Sunday dinner", Summary = "A real Sunday dinner.", Description = "We eat a roast and dessert.", JoinNote = "Sign up by the Friday before." },
        },
    };

    private readonly Offer _offer = Translated with
    {
        Locations =
        [
            Translated.Locations[0] with
            {
                Name = "Kirkens konfirmandstue",
                HowToGetThere = "Bus 240 til Kirkevej.",
                Access = new Accessibility { StepFree = true, Note = "Rampe ved døren." },
                Translations = new Dictionary<string, PlaceTranslation>
                {
                    ["en"] = new() { Name = "The church's parish room", HowToGetThere = "Bus 240 to Kirkevej.", AccessNote = "Ramp at the door." },
                },
            },
        ],
    };

    public EnglishScreenTests() => UseOffers(_offer);

    private IRenderedComponent<OfferDetail> RenderIn(string language, Offer offer)
    {
        UseOffers(offer);
        if (Session.Language != language)
        {
            Session.SwitchLanguage();
        }

        return Render<OfferDetail>(p => p.Add(d => d.Id, offer.Id).AddCascadingValue("Language", language));
    }

    [Theory]
    [InlineData("description", "We eat a roast and dessert.")]
    [InlineData("place-name", "The church's parish room")]
    [InlineData("how-to-get-there", "Bus 240 to Kirkevej.")]
    [InlineData("access-note", "Ramp at the door.")]
    [InlineData("join-note", "Sign up by the Friday before.")]
    public void Every_translated_text_is_shown_in_english_and_marked_english(string testId, string english)
    {
        var screen = RenderIn("en", _offer);
        var element = screen.Find($"[data-testid='{testId}']");

        Assert.Contains(english, element.TextContent, StringComparison.Ordinal);
        var marked = element.HasAttribute("lang") ? element : element.QuerySelector("[lang]")!;
        Assert.Equal("en", marked.GetAttribute("lang"));
    }

    [Fact]
    public void An_untranslated_field_falls_back_to_danish_on_its_own_marked_danish()
    {
        var partly = _offer with
        {
            Locations = [_offer.Locations[0] with { Translations = new Dictionary<string, PlaceTranslation> { ["en"] = new() { Name = "The church's parish room" } } }],
        };
        var screen = RenderIn("en", partly);

        Assert.Equal("en", screen.Find("[data-testid='place-name']").GetAttribute("lang"));
        var directions = screen.Find("[data-testid='how-to-get-there'] span");
        Assert.Equal("Bus 240 til Kirkevej.", directions.TextContent);
        Assert.Equal("da", directions.GetAttribute("lang"));
        Assert.Equal("da", screen.Find("[data-testid='access-note']").GetAttribute("lang"));
        Assert.Equal("Rampe ved døren.", screen.Find("[data-testid='access-note']").TextContent);
    }

    [Fact]
    public void The_danish_screen_shows_the_danish_texts()
    {
        var screen = RenderIn("da", _offer);

        Assert.Equal("Kirkens konfirmandstue", screen.Find("[data-testid='place-name']").TextContent);
        Assert.Equal("Vi spiser steg og dessert.", screen.Find("[data-testid='description']").TextContent);
    }
}
