using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Domain.Search;
using static KioskGuide.Domain.Tests.Search.OfferBuilder;

namespace KioskGuide.Domain.Tests.Search;

public sealed class BrowseCategoriesTests
{
    private static bool Contains(string code, Offer offer) => BrowseCategories.Contains(code, offer, MondayMorning, Copenhagen);

    private static Offer Tagged(string field, string tag) => field switch
    {
        "theme" => Offer("Tilbud") with { Themes = [tag] },
        "target" => Offer("Tilbud") with { TargetGroups = [tag] },
        "strategy" => Offer("Tilbud") with { Strategies = [tag] },
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    [Fact]
    public void Lists_the_home_tiles_in_display_order()
    {
        Assert.Equal(
            ["meet", "move", "talk", "young", "seniors", "families", "learn", "today", "all"],
            BrowseCategories.All.Select(c => c.Code));
        Assert.All(BrowseCategories.All, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Da));
            Assert.False(string.IsNullOrWhiteSpace(c.En));
            Assert.False(string.IsNullOrWhiteSpace(c.Icon));
        });
    }

    [Fact]
    public void Finds_a_tile_by_code()
    {
        Assert.Equal("Mød andre", BrowseCategories.Find("meet")?.Label("da"));
        Assert.Equal("Someone to talk to", BrowseCategories.Find("talk")?.Label("en"));
        Assert.Null(BrowseCategories.Find("nope"));
    }

    [Theory]
    [InlineData("meet", "theme", "dining")]
    [InlineData("meet", "theme", "drop-in")]
    [InlineData("meet", "theme", "culture")]
    [InlineData("meet", "theme", "language-cafe")]
    [InlineData("meet", "theme", "youth")]
    [InlineData("move", "theme", "walking")]
    [InlineData("move", "theme", "exercise")]
    [InlineData("move", "theme", "nature")]
    [InlineData("talk", "theme", "visiting-friend")]
    [InlineData("talk", "theme", "phone-friend")]
    [InlineData("talk", "theme", "counselling")]
    [InlineData("talk", "theme", "self-help")]
    [InlineData("talk", "strategy", "personal-support")]
    [InlineData("talk", "strategy", "psychological-treatment")]
    [InlineData("young", "theme", "youth")]
    [InlineData("young", "target", "young")]
    [InlineData("young", "target", "young-women")]
    [InlineData("young", "target", "young-outside")]
    [InlineData("seniors", "target", "seniors")]
    [InlineData("seniors", "target", "single-elderly")]
    [InlineData("seniors", "target", "elderly-men")]
    [InlineData("seniors", "target", "elderly-ethnic-minority")]
    [InlineData("seniors", "target", "unemployed-seniors")]
    [InlineData("families", "theme", "families")]
    [InlineData("families", "target", "children-families")]
    [InlineData("learn", "theme", "courses")]
    [InlineData("learn", "theme", "digital")]
    [InlineData("learn", "theme", "language-cafe")]
    [InlineData("learn", "theme", "volunteering")]
    public void An_offer_belongs_to_a_tile_by_its_tags(string code, string field, string tag) =>
        Assert.True(Contains(code, Tagged(field, tag)));

    [Theory]
    [InlineData("meet", "theme", "walking")]
    [InlineData("meet", "strategy", "personal-support")]
    [InlineData("move", "theme", "dining")]
    [InlineData("talk", "strategy", "social-network")]
    [InlineData("meet", "strategy", "social-network")] // too broad a tag: most offers widen one's network
    [InlineData("talk", "theme", "drop-in")]
    [InlineData("young", "target", "seniors")]
    [InlineData("seniors", "target", "young")]
    [InlineData("seniors", "target", "unemployed")]
    [InlineData("families", "theme", "youth")]
    [InlineData("learn", "theme", "walking")]
    [InlineData("young", "theme", "families")]
    public void An_offer_is_not_under_a_tile_its_tags_do_not_name(string code, string field, string tag) =>
        Assert.False(Contains(code, Tagged(field, tag)));

    [Fact]
    public void An_untagged_offer_is_only_under_all()
    {
        Offer bare = Offer("Tilbud");

        Assert.Equal(["all"], BrowseCategories.All.Where(c => Contains(c.Code, bare)).Select(c => c.Code));
        Assert.False(Contains("no-such-tile", bare));
    }

    [Theory]
    [InlineData(null, 30, "young", true)]
    [InlineData(16, 31, "young", false)]
    [InlineData(60, null, "seniors", true)]
    [InlineData(59, 99, "seniors", false)]
    public void Ages_place_an_offer_under_young_or_seniors(int? minimum, int? maximum, string code, bool expected) =>
        Assert.Equal(expected, Contains(code, Offer("Tilbud") with { Ages = new AgeRange(minimum, maximum) }));

    [Fact]
    public void Today_holds_offers_happening_on_the_local_date()
    {
        Assert.True(Contains("today", Offer("Mandag").On(Weekly(DayOfWeek.Monday, 18, 20))));
        Assert.False(Contains("today", Offer("Mandag morgen").On(Weekly(DayOfWeek.Monday, 6, 7)))); // already over at 09:00
        Assert.False(Contains("today", Offer("Tirsdag").On(Weekly(DayOfWeek.Tuesday))));
        Assert.False(Contains("today", Offer("Ingen tider")));
    }
}
