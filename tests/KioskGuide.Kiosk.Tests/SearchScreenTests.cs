using KioskGuide.Kiosk.Components.Offers;

namespace KioskGuide.Kiosk.Tests;

public sealed class SearchScreenTests : KioskComponentTest
{
    public SearchScreenTests() => UseOffers(
        TestOffers.Make("Spisefællesskab i Åbæk", town: "Åbæk", themes: ["dining"]),
        TestOffers.Make("Spisefællesskab i Solbjerg", town: "Solbjerg Strand", themes: ["dining"], targetGroups: ["single-elderly"]),
        TestOffers.Make("Spisefællesskab for unge", town: "Solbjerg Strand", themes: ["dining"], targetGroups: ["young"]),
        TestOffers.Make("Strikkeklub", town: "Åbæk", themes: ["culture"]));

    private IRenderedComponent<SearchPage> RenderSearch(string query)
    {
        Session.SetQuery(query);
        return Render<SearchPage>(p => p.AddCascadingValue("Language", "da"));
    }

    private static List<string> Names(IRenderedComponent<SearchPage> screen) =>
        screen.FindAll("[data-testid='offer-card'] .offer-name").Select(n => n.TextContent).ToList();

    [Fact]
    public void Search_results_have_the_same_filters_as_a_tiles_results()
    {
        var screen = RenderSearch("spisefællesskab");
        foreach (var id in new[] { "filter-who", "filter-where", "filter-when", "filter-free", "filter-step-free" })
        {
            Assert.Single(screen.FindAll($"[data-testid='{id}']"));
        }

        screen.Find("[data-testid='filter-where']").Click();
        screen.Find("[data-testid='where-Solbjerg Strand']").Click();
        Assert.Equal(2, Names(screen).Count);

        screen.Find("[data-testid='filter-who']").Click();
        screen.Find("[data-testid='who-elderly']").Click();
        Assert.Equal(["Spisefællesskab i Solbjerg"], Names(screen));
        Assert.Equal("1 tilbud", screen.Find("[data-testid='result-count']").TextContent);
        Assert.Equal("spisefællesskab", Session.Query); // narrowing keeps the search
    }

    [Fact]
    public void Show_results_hides_the_keyboard_and_type_again_brings_it_back()
    {
        var screen = RenderSearch("spisefællesskab");
        var submit = screen.Find("[data-testid='keyboard-submit']");
        Assert.Equal("Vis resultater (3)", submit.TextContent);

        submit.Click();
        Assert.Empty(screen.FindAll("[data-testid='keyboard']"));
        Assert.Equal(3, Names(screen).Count);

        screen.Find("[data-testid='show-keyboard']").Click();
        Assert.Single(screen.FindAll("[data-testid='keyboard']"));
    }

    [Fact]
    public void Opening_a_filter_makes_room_by_hiding_the_keyboard()
    {
        var screen = RenderSearch("spis");
        screen.Find("[data-testid='filter-where']").Click();
        Assert.Empty(screen.FindAll("[data-testid='keyboard']"));
        Assert.Single(screen.FindAll("[data-testid='filter-panel']"));
    }

    [Fact]
    public void The_kiosks_own_town_comes_first_among_equal_matches()
    {
        // KioskOptions' demo town is Åbæk.
        var screen = RenderSearch("spisefællesskab");
        Assert.Equal("Spisefællesskab i Åbæk", Names(screen)[0]);
    }

    [Fact]
    public void The_count_line_carries_the_more_below_texts_for_the_page_script()
    {
        var screen = RenderSearch("spisefællesskab");
        var hint = screen.Find("[data-testid='more-below']");
        Assert.Equal("3", hint.GetAttribute("data-total"));
        Assert.Equal("– {0} flere længere nede", hint.GetAttribute("data-many"));
    }

    [Fact]
    public void The_search_limit_shown_is_the_limit_enforced()
    {
        var screen = RenderSearch(new string('a', 59));
        Assert.Empty(screen.FindAll("[data-testid='search-limit']"));
        Assert.Equal("60", screen.Find("[data-testid='search-input']").GetAttribute("maxlength"));

        screen.Find("[data-key='b']").Click();
        screen.Find("[data-key='c']").Click();

        Assert.Equal(60, Session.Query.Length);
        Assert.Contains("højst stå 60 tegn", screen.Find("[data-testid='search-limit']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_text_loses_invisible_characters()
    {
        var screen = RenderSearch("");
        screen.Find("[data-testid='search-input']").Input("spise\u200Bfællesskab");
        Assert.Equal("spisefællesskab", Session.Query);
        Assert.Equal(3, Names(screen).Count);
    }

    [Fact]
    public void A_search_opened_after_a_tile_does_not_carry_the_tiles_filters()
    {
        Session.SetFilter(Domain.Search.OfferFilter.None with { Category = "meet", FreeOnly = true });
        RenderSearch("strik");
        Assert.True(Session.Filter.HasNoRefinements);
        Assert.Null(Session.Filter.Category);
    }
}
