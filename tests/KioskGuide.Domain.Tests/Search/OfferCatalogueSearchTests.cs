using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Domain.Search;
using static KioskGuide.Domain.Tests.Search.OfferBuilder;

namespace KioskGuide.Domain.Tests.Search;

public sealed class OfferCatalogueSearchTests
{
    private static string[] Names(OfferCatalogue catalogue, string query) =>
        [.. catalogue.Search(query, OfferFilter.None, MondayMorning).Select(h => h.Offer.Name)];

    [Fact]
    public void Finds_danish_letters_typed_without_them()
    {
        var catalogue = Catalogue(Offer("Løbeklub"), Offer("Læsekreds"));

        Assert.Equal(["Løbeklub"], Names(catalogue, "lob"));
        Assert.Equal(["Løbeklub"], Names(catalogue, "loeb"));
        Assert.Equal(["Læsekreds"], Names(catalogue, "laese"));
    }

    [Fact]
    public void A_typo_is_not_forgiven_in_the_first_letter()
    {
        var catalogue = Catalogue(Offer("Naturklub"), Offer("Gåtur i parken"), Offer("Gaatur langs åen"));

        Assert.Equal(["Gaatur langs åen", "Gåtur i parken"], Names(catalogue, "gåtur").Order(StringComparer.Ordinal));
        Assert.Equal(["Gaatur langs åen", "Gåtur i parken"], Names(catalogue, "gåtyr").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_short_query_matches_the_start_of_words_only()
    {
        var catalogue = Catalogue(Offer("Gåtur"), Offer("Gågruppe"), Offer("Gåfællesskab"), Offer("Sang"), Offer("Yoga"));

        string[] names = Names(catalogue, "gå");

        Assert.Equal(["Gåfællesskab", "Gågruppe", "Gåtur"], names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_query_of_three_letters_or_more_matches_inside_compound_words()
    {
        var catalogue = Catalogue(Offer("Spisefællesskab"), Offer("Fællesspisning"), Offer("Strikkeklub"));

        Assert.Equal(["Fællesspisning", "Spisefællesskab"], Names(catalogue, "fælles"));
        Assert.Equal(["Strikkeklub"], Names(catalogue, "klub"));
    }

    [Theory]
    [InlineData("fællesskap", "Fællesskab")] // wrong last letter
    [InlineData("spisefælleskab", "Spisefællesskab")] // a letter missing
    [InlineData("spisefællessskab", "Spisefællesskab")] // a letter too many
    [InlineData("strikkekulb", "Strikkeklub")] // two letters swapped
    [InlineData("kaffi", "Kaffeklub")] // a typo while still typing the word
    public void A_query_of_five_letters_or_more_forgives_one_typo(string query, string name)
    {
        var catalogue = Catalogue(Offer(name), Offer("Banko"));

        Assert.Equal([name], Names(catalogue, query));
    }

    [Theory]
    [InlineData("kafe", "Kaffeklub")] // four letters: no typo allowed
    [InlineData("fælesskap", "Fællesskab")] // two typos
    public void Does_not_forgive_a_typo_in_short_words_or_two_typos(string query, string name)
    {
        var catalogue = Catalogue(Offer(name));

        Assert.Empty(Names(catalogue, query));
    }

    [Fact]
    public void An_infix_needs_three_letters()
    {
        var catalogue = Catalogue(Offer("Yoga"));

        Assert.Empty(Names(catalogue, "ga"));
        Assert.Equal(["Yoga"], Names(catalogue, "oga"));
    }

    [Theory]
    [InlineData("GÅTUR")]
    [InlineData("gåtur")]
    [InlineData("GaaTur")]
    public void Ignores_case(string query)
    {
        var catalogue = Catalogue(Offer("Gåtur"), Offer("Sang"));

        Assert.Equal(["Gåtur"], Names(catalogue, query));
    }

    [Fact]
    public void Every_query_word_must_match()
    {
        var catalogue = Catalogue(
            Offer("Gåtur", description: "Vi slutter med kaffe."),
            Offer("Gåtur i byen", description: "Vi går rundt i gaderne."),
            Offer("Kaffeklub"));

        Assert.Equal(["Gåtur"], Names(catalogue, "gåtur kaffe"));
        Assert.Equal(["Gåtur", "Gåtur i byen"], Names(catalogue, "gåtur"));
        Assert.Empty(Names(catalogue, "gåtur svømning"));
    }

    [Fact]
    public void A_match_in_the_name_ranks_above_a_match_in_the_description()
    {
        var catalogue = Catalogue(
            Offer("Aftenhygge", description: "Vi spiller banko og drikker kaffe."),
            Offer("Banko"));

        Assert.Equal(["Banko", "Aftenhygge"], Names(catalogue, "banko"));
    }

    [Fact]
    public void A_name_match_ranks_first_even_when_the_description_matches_more_words_better()
    {
        // Summed, the description-only offer scores 3 × 2 = 6 and the other 4 + 0.8 + 0.8 = 5.6.
        var catalogue = Catalogue(
            Offer("Aftenhygge", description: "bankospil kaffebord kagebord"),
            Offer("Bankospel", description: "kaffebort kagebort"));

        Assert.Equal(["Bankospel", "Aftenhygge"], Names(catalogue, "bankospil kaffebord kagebord"));
    }

    [Fact]
    public void Better_matches_rank_higher_and_equal_ones_in_danish_name_order()
    {
        var catalogue = Catalogue(
            Offer("Kirkekor"), // infix
            Offer("Korsang"), // prefix
            Offer("Åbent kor"), // exact
            Offer("Zumba", summary: "Kor og dans."), // exact in the summary
            Offer("Ældrekor")); // infix, Æ sorts after K

        Assert.Equal(["Åbent kor", "Korsang", "Kirkekor", "Ældrekor", "Zumba"], Names(catalogue, "kor"));
    }

    [Fact]
    public void Reports_the_score_as_the_sum_of_each_query_words_best_match()
    {
        var catalogue = Catalogue(Offer("Gåtur", summary: "En tur i skoven."));

        SearchHit hit = Assert.Single(catalogue.Search("gåtur skov", OfferFilter.None, MondayMorning));

        Assert.Equal((10 * 1.0) + (4 * 0.8), hit.Score, 9);
        Assert.Equal(hit.Score, Assert.Single(catalogue.Search("gåtur skov gåtur", OfferFilter.None, MondayMorning)).Score, 9);
    }

    [Fact]
    public void Searches_the_summary_labels_organiser_translations_and_places()
    {
        var catalogue = Catalogue(
            Offer("A", summary: "Vi strikker sammen."),
            Offer("B") with { Themes = ["walking"] },
            Offer("C") with { TargetGroups = ["bereaved"] },
            Offer("D") with { Organizer = new Organizer { Name = "Ældre Sagen", ProviderType = ProviderType.Association } },
            Offer("E") with { Translations = new Dictionary<string, OfferTranslation> { ["en"] = new() { Name = "Embroidery circle" } } },
            Offer("F") with { Locations = [Location("Ejby", name: "Ejby Bibliotek")] },
            Offer("G") with { Locations = [Location("Tølløse")] },
            Offer("H", description: "Kom og mal akvarel."));

        Assert.Equal(["A"], Names(catalogue, "strikker"));
        Assert.Equal(["B"], Names(catalogue, "walking"));
        Assert.Equal(["B"], Names(catalogue, "gåture"));
        Assert.Equal(["C"], Names(catalogue, "sørgende"));
        Assert.Equal(["D"], Names(catalogue, "sagen"));
        Assert.Equal(["E"], Names(catalogue, "embroidery"));
        Assert.Equal(["F"], Names(catalogue, "bibliotek"));
        Assert.Equal(["G"], Names(catalogue, "tollose"));
        Assert.Equal(["H"], Names(catalogue, "akvarel"));
    }

    [Fact]
    public void An_empty_query_lists_all_offers_by_next_occurrence_then_name()
    {
        var catalogue = Catalogue(
            Offer("Aftenskole").On(Weekly(DayOfWeek.Wednesday)),
            Offer("Banko").On(Weekly(DayOfWeek.Tuesday, 14, 16)),
            Offer("Cafe").On(Weekly(DayOfWeek.Tuesday, 14, 16)),
            Offer("Altid åbent"), // no schedule: last
            Offer("Morgenmotion").On(Weekly(DayOfWeek.Monday, 8, 10))); // going on at 09:00: first

        foreach (string empty in new[] { "", "   ", "-" })
        {
            IReadOnlyList<SearchHit> hits = catalogue.Search(empty, OfferFilter.None, MondayMorning);

            Assert.Equal(["Morgenmotion", "Banko", "Cafe", "Aftenskole", "Altid åbent"], hits.Select(h => h.Offer.Name));
            Assert.Equal(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.FromHours(1)), hits[0].Next?.Start);
            Assert.Equal(new DateTimeOffset(2026, 11, 24, 14, 0, 0, TimeSpan.FromHours(1)), hits[1].Next?.Start);
            Assert.Null(hits[4].Next);
        }
    }

    [Fact]
    public void A_hit_carries_the_next_occurrence_as_time_passes()
    {
        var catalogue = Catalogue(Offer("Banko").On(Weekly(DayOfWeek.Monday, 10, 12)));

        Occurrence? before = Assert.Single(catalogue.Search("banko", OfferFilter.None, MondayMorning)).Next;
        Occurrence? during = Assert.Single(catalogue.Search("banko", OfferFilter.None, MondayMorning.AddHours(2))).Next;
        Occurrence? after = Assert.Single(catalogue.Search("banko", OfferFilter.None, MondayMorning.AddHours(4))).Next;
        Occurrence? earlierAgain = Assert.Single(catalogue.Search("banko", OfferFilter.None, MondayMorning.AddDays(-7))).Next;

        var thisMonday = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(1));
        Assert.Equal(thisMonday, before?.Start);
        Assert.Equal(thisMonday, during?.Start);
        Assert.Equal(thisMonday.AddDays(7), after?.Start);
        Assert.Equal(thisMonday.AddDays(-7), earlierAgain?.Start);
    }

    [Fact]
    public void Lists_offers_in_danish_name_order_and_towns_distinct_in_danish_order()
    {
        var catalogue = Catalogue(
            Offer("Åbent hus") with { Locations = [Location("Ålholm"), Location("Kildevang")] },
            Offer("Æblefest") with { Locations = [Location("Ærø")] },
            Offer("Zumba"),
            Offer("Ørkenvandring"));

        Assert.Equal(["Zumba", "Æblefest", "Ørkenvandring", "Åbent hus"], catalogue.Offers.Select(o => o.Name));
        Assert.Equal(["Kildevang", "Ærø", "Ålholm"], catalogue.Towns);
    }

    [Fact]
    public void Finds_an_offer_by_id()
    {
        Offer banko = Offer("Banko");
        var catalogue = Catalogue(banko, Offer("Sang"));

        Assert.Same(banko, catalogue.Find(banko.Id));
        Assert.Null(catalogue.Find(Guid.NewGuid()));
    }

    [Fact]
    public void Refuses_two_offers_with_the_same_id()
    {
        Offer banko = Offer("Banko");

        Assert.Throws<ArgumentException>(() => Catalogue(banko, Offer("Sang") with { Id = banko.Id }));
    }

    [Fact]
    public void The_empty_catalogue_has_nothing_in_copenhagen_time()
    {
        Assert.Empty(OfferCatalogue.Empty.Offers);
        Assert.Empty(OfferCatalogue.Empty.Towns);
        Assert.Equal(KioskTimeZone.Copenhagen, OfferCatalogue.Empty.Zone);
        Assert.Empty(OfferCatalogue.Empty.Search("", OfferFilter.None, MondayMorning));
        Assert.Empty(OfferCatalogue.Empty.Search("banko", OfferFilter.None, MondayMorning));
    }
}
