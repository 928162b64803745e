using KioskGuide.Kiosk.Components.Offers;

namespace KioskGuide.Kiosk.Tests;

public sealed class ResultsScreenTests : KioskComponentTest
{
    public ResultsScreenTests() => UseOffers(
        TestOffers.Make("Gåtur ved fjorden", town: "Åbæk", free: true, stepFree: true),
        TestOffers.Make("Stavgang i skoven", town: "Kildevang", free: false, stepFree: false),
        TestOffers.Make("Gågruppe for seniorer", town: "Kildevang", free: true, stepFree: true, targetGroups: ["seniors"]));

    private IRenderedComponent<Results> RenderAll() =>
        Render<Results>(p => p.Add(r => r.Category, "all").AddCascadingValue("Language", "da"));

    [Fact]
    public void Shows_every_offer_of_the_category_with_a_count()
    {
        var screen = RenderAll();
        Assert.Equal(3, screen.FindAll("[data-testid='offer-card']").Count);
        Assert.Equal("3 tilbud", screen.Find("[data-testid='result-count']").TextContent);
    }

    [Fact]
    public void Town_and_free_filters_narrow_the_list()
    {
        var screen = RenderAll();
        screen.Find("[data-testid='filter-where']").Click();
        screen.Find("[data-testid='where-Kildevang']").Click();
        Assert.Equal(2, screen.FindAll("[data-testid='offer-card']").Count);

        screen.Find("[data-testid='filter-free']").Click();
        var names = screen.FindAll("[data-testid='offer-card'] .offer-name").Select(n => n.TextContent).ToList();
        Assert.Equal(["Gågruppe for seniorer"], names);
        Assert.Equal("true", screen.Find("[data-testid='filter-free']").GetAttribute("aria-pressed"));
    }

    [Fact]
    public void No_match_says_so_and_one_tap_clears_the_filters()
    {
        var screen = RenderAll();
        screen.Find("[data-testid='filter-where']").Click();
        screen.Find("[data-testid='where-Åbæk']").Click();
        screen.Find("[data-testid='filter-when']").Click();
        screen.Find("[data-testid='when-Wednesday']").Click();

        Assert.Empty(screen.FindAll("[data-testid='offer-card']"));
        Assert.Contains("Ingen tilbud passer", screen.Find("[data-testid='no-results']").TextContent, StringComparison.Ordinal);

        screen.Find("[data-testid='clear-filters-empty']").Click();
        Assert.Equal(3, screen.FindAll("[data-testid='offer-card']").Count);
        Assert.True(Session.Filter.HasNoRefinements);
    }

    [Fact]
    public void Filter_choices_are_remembered_in_the_session_and_reset_with_it()
    {
        var screen = RenderAll();
        screen.Find("[data-testid='filter-step-free']").Click();
        Assert.True(Session.Filter.StepFreeOnly);

        Session.Reset();
        Assert.False(Session.Filter.StepFreeOnly);
        Assert.Equal("da", Session.Language);
    }

    [Fact]
    public void Who_lists_only_plain_groups_that_narrow_the_list()
    {
        var screen = RenderAll();
        screen.Find("[data-testid='filter-who']").Click();
        var choices = screen.FindAll("[data-testid^='who-']").Select(c => c.GetAttribute("data-testid")).ToList();
        Assert.Equal(["who-anyone", "who-elderly"], choices);
        Assert.Equal("Ældre", screen.Find("[data-testid='who-elderly']").TextContent.Trim());

        screen.Find("[data-testid='who-elderly']").Click();
        Assert.Equal(["Gågruppe for seniorer"], screen.FindAll("[data-testid='offer-card'] .offer-name").Select(n => n.TextContent));
    }

    [Fact]
    public void Who_is_narrowed_to_the_chosen_topic()
    {
        // In Kildevang only the seniors' walk is left: "Ældre" would change nothing, so it is not offered.
        var screen = RenderAll();
        screen.Find("[data-testid='filter-where']").Click();
        screen.Find("[data-testid='where-Kildevang']").Click();
        screen.Find("[data-testid='filter-free']").Click();
        screen.Find("[data-testid='filter-who']").Click();
        Assert.Equal(["who-anyone"], screen.FindAll("[data-testid^='who-']").Select(c => c.GetAttribute("data-testid")));
    }
}
