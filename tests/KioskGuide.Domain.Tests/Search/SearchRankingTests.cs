using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Search;
using static KioskGuide.Domain.Tests.Search.OfferBuilder;

namespace KioskGuide.Domain.Tests.Search;

/// <summary>How hits are ordered: word starts and compound parts before substrings, synonyms, town and date tie-breaks.</summary>
public sealed class SearchRankingTests
{
    private static string[] Names(OfferCatalogue catalogue, string query, string? homeTown = null) =>
        [.. catalogue.Search(query, OfferFilter.None, MondayMorning, homeTown).Select(h => h.Offer.Name)];

    [Fact]
    public void Middag_finds_the_sunday_dinner_before_the_afternoon_cafe()
    {
        var catalogue = Catalogue(
            Offer("Caféeftermiddag på Kildegården"),
            Offer("Eftermiddagskaffe i klubben"),
            Offer("Søndagsmiddag for dig, der bor alene"),
            Offer("Formiddagsgymnastik"));

        string[] names = Names(catalogue, "middag");

        Assert.Equal("Søndagsmiddag for dig, der bor alene", names[0]);
        Assert.Equal(4, names.Length); // the others still match, lower down
    }

    [Fact]
    public void An_afternoon_word_is_no_name_hit_for_middag()
    {
        // "middag" in the summary of one offer beats "middag" buried inside "eftermiddag" in another's name.
        var catalogue = Catalogue(
            Offer("Caféeftermiddag"),
            Offer("Fællesskab i Strandparken", summary: "Vi spiser middag sammen hver fredag."));

        Assert.Equal(["Fællesskab i Strandparken", "Caféeftermiddag"], Names(catalogue, "middag"));
    }

    [Theory]
    [InlineData("Søndagsmiddagen")]
    [InlineData("Julemiddage for enlige")]
    [InlineData("Fællesmiddag")]
    public void A_compounds_inflected_last_part_ranks_as_that_word(string name)
    {
        var catalogue = Catalogue(Offer("Caféeftermiddag"), Offer(name));

        Assert.Equal(name, Names(catalogue, "middag")[0]);
    }

    [Fact]
    public void A_word_start_beats_a_compound_part_which_beats_a_substring()
    {
        var catalogue = Catalogue(Offer("Bekendtskab"), Offer("Fællesspisning"), Offer("Spisning i parken"));

        // "spisning" at a word start, then as the last part of "fællesspisning"; "kendt" only inside a word.
        Assert.Equal(["Spisning i parken", "Fællesspisning"], Names(catalogue, "spisning"));
        HitScores(catalogue, "spisning", out double start, out double part);
        Assert.True(start > part);
    }

    private static void HitScores(OfferCatalogue catalogue, string query, out double first, out double second)
    {
        var hits = catalogue.Search(query, OfferFilter.None, MondayMorning);
        first = hits[0].Score;
        second = hits[1].Score;
    }

    [Fact]
    public void Synonyms_find_the_words_citizens_use_for_the_same_thing()
    {
        var catalogue = Catalogue(
            Offer("Madklubben i Havnehuset"),
            Offer("Fællesspisning i Havreparken"),
            Offer("Søndagsmiddag"),
            Offer("Strikkecafé"));

        string[] names = Names(catalogue, "spisning");

        Assert.Equal(3, names.Length);
        Assert.Equal("Fællesspisning i Havreparken", names[0]); // the typed word itself first
        Assert.Contains("Madklubben i Havnehuset", names);
        Assert.Contains("Søndagsmiddag", names);
        Assert.DoesNotContain("Strikkecafé", names);
    }

    [Fact]
    public void A_synonym_never_matches_inside_another_word()
    {
        // "middag" is a synonym of "spisning", but "lørdag formiddag" is no meal.
        var catalogue = Catalogue(Offer("Strandcaféen", description: "Åbent lørdag formiddag."), Offer("Fællesspisning"));

        Assert.Equal(["Fællesspisning"], Names(catalogue, "spisning"));
    }

    [Fact]
    public void Every_synonym_group_is_symmetric_and_folded()
    {
        foreach (var group in SearchSynonyms.Groups)
        {
            var folded = group.Select(TextFolding.Fold).ToList();
            foreach (string word in folded)
            {
                var others = SearchSynonyms.For(word);
                Assert.All(folded.Where(w => w != word), other => Assert.Contains(other, others));
            }
        }
    }

    [Fact]
    public void Among_equal_matches_the_kiosks_own_town_comes_first()
    {
        var catalogue = Catalogue(
            Offer("Spisefællesskab A"),
            Offer("Spisefællesskab B") with { Locations = [Location("Solbjerg Strand")] });

        Assert.Equal(["Spisefællesskab A", "Spisefællesskab B"], Names(catalogue, "spisefællesskab"));
        Assert.Equal(["Spisefællesskab B", "Spisefællesskab A"], Names(catalogue, "spisefællesskab", homeTown: "Solbjerg Strand"));
    }

    [Fact]
    public void Among_equal_matches_the_soonest_next_date_comes_first()
    {
        var catalogue = Catalogue(
            Offer("Gåtur A").On(Weekly(DayOfWeek.Friday)),
            Offer("Gåtur B").On(Weekly(DayOfWeek.Tuesday)),
            Offer("Gåtur C"));

        Assert.Equal(["Gåtur B", "Gåtur A", "Gåtur C"], Names(catalogue, "gåtur"));
    }

    [Fact]
    public void The_town_never_beats_a_better_text_match()
    {
        var catalogue = Catalogue(
            Offer("Gåtur"),
            Offer("Kaffe", summary: "Vi går en gåtur først.") with { Locations = [Location("Ejby")] });

        Assert.Equal(["Gåtur", "Kaffe"], Names(catalogue, "gåtur", homeTown: "Ejby"));
    }

    [Fact]
    public void Translated_names_are_searched_and_count_as_name_hits()
    {
        var catalogue = Catalogue(
            Offer("Søndagsmiddag") with { Translations = new Dictionary<string, OfferTranslation> { ["en"] = new() { Name = "Sunday dinner" } } },
            Offer("Kaffe", summary: "Sunday coffee."));

        Assert.Equal(["Søndagsmiddag", "Kaffe"], Names(catalogue, "sunday"));
    }

    [Fact]
    public void A_zero_width_space_in_a_name_does_not_hide_it_from_search()
    {
        var catalogue = Catalogue(Offer("Spise\u200Bfællesskab i Egelund"), Offer("Strikkeklub"));

        Assert.Equal(["Spise\u200Bfællesskab i Egelund"], Names(catalogue, "spisefællesskab"));
    }
}
