using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Domain.Search;

namespace KioskGuide.DemoContent.Tests;

/// <summary>
/// Issue 11 point 1: at least 20 demo offers carry Arabic and Ukrainian texts, and the kiosk's search
/// finds an offer by its translated name (a citizen typing on the Arabic or Cyrillic keyboard).
/// </summary>
public sealed class DemoTranslationsTests
{
    private static readonly IReadOnlyList<Offer> Offers = DemoOffers.Load();

    [Theory]
    [InlineData("ar")]
    [InlineData("uk")]
    public void At_least_20_offers_have_a_name_and_summary_in(string language)
    {
        var count = Offers.Count(o => o.Translations.TryGetValue(language, out var t)
                                      && !string.IsNullOrWhiteSpace(t.Name)
                                      && !string.IsNullOrWhiteSpace(t.Summary));

        Assert.True(count >= 20, $"Only {count} offers translated to '{language}'.");
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("uk")]
    public void Translated_offers_with_a_danish_join_note_translate_it_too(string language)
    {
        Assert.All(Offers.Where(o => o.JoinNote is not null && o.Translations.TryGetValue(language, out var t) && t.Name is not null),
            o => Assert.False(string.IsNullOrWhiteSpace(o.Translations[language].JoinNote), o.Name));
    }

    [Theory]
    [InlineData("طاولة الدردشة", "Snakkebordet")]
    [InlineData("Святвечір", "Juleaften")]
    public void Search_finds_an_offer_by_its_translated_name(string query, string danishNameStart)
    {
        var catalogue = new OfferCatalogue(Offers, KioskTimeZone.Copenhagen);

        var hits = catalogue.Search(query, OfferFilter.None, new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(1)));

        Assert.NotEmpty(hits);
        Assert.StartsWith(danishNameStart, hits[0].Offer.Name, StringComparison.OrdinalIgnoreCase);
    }
}
