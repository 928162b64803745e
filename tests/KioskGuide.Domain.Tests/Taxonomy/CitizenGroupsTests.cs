using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Search;
using KioskGuide.Domain.Taxonomy;
using static KioskGuide.Domain.Tests.Search.OfferBuilder;

namespace KioskGuide.Domain.Tests.Taxonomy;

public sealed class CitizenGroupsTests
{
    /// <summary>Words from the municipal vocabulary nobody should have to press about themselves in a library.</summary>
    private static readonly string[] Stigmatising =
        ["sårbar", "førtidspension", "uddannelse", "ledig", "arbejdsmarked", "handicappede", "flygtning", "psykisk", "syge"];

    [Fact]
    public void Hvem_offers_at_most_eight_plain_choices_counting_alle()
    {
        Assert.True(CitizenGroups.MaxShown + 1 <= 8);
        Assert.All(CitizenGroups.All, g =>
        {
            Assert.DoesNotContain(Stigmatising, word => g.Da.Contains(word, StringComparison.OrdinalIgnoreCase));
            Assert.True(g.Da.Length <= 28, g.Da);
            Assert.False(string.IsNullOrWhiteSpace(g.En));
        });
    }

    [Fact]
    public void Every_detailed_code_a_group_names_exists_in_the_vocabulary()
    {
        Assert.All(CitizenGroups.All.SelectMany(g => g.TargetGroups), code => Assert.True(KioskTaxonomy.IsTargetGroup(code), code));
        Assert.All(CitizenGroups.All.SelectMany(g => g.Themes), code => Assert.True(KioskTaxonomy.IsTheme(code), code));
        Assert.Equal(CitizenGroups.All.Count, CitizenGroups.All.Select(g => g.Code).Distinct().Count());
    }

    [Theory]
    [InlineData("young", "young")]
    [InlineData("seniors", "elderly")]
    [InlineData("families", "families")]
    public void A_who_tile_and_its_filter_hold_exactly_the_same_offers(string tile, string group)
    {
        // Every detailed target group and theme, alone and with ages, so a change to either side shows up here.
        var offers = KioskTaxonomy.TargetGroups.Select(t => Offer("TG " + t.Code) with { TargetGroups = [t.Code] })
            .Concat(KioskTaxonomy.Themes.Select(t => Offer("TH " + t.Code) with { Themes = [t.Code] }))
            .Append(Offer("Fra 65") with { Ages = new AgeRange(65, null) })
            .Append(Offer("Til 25") with { Ages = new AgeRange(null, 25) })
            .Append(Offer("For alle"))
            .ToArray();
        var catalogue = Catalogue(offers);

        var byTile = catalogue.Search("", new OfferFilter { Category = tile }, MondayMorning).Select(h => h.Offer.Name);
        var byFilter = catalogue.Search("", new OfferFilter { Who = group }, MondayMorning).Select(h => h.Offer.Name);

        Assert.Equal(byTile, byFilter);
        Assert.NotEmpty(byTile);
    }

    [Fact]
    public void The_sunday_dinner_for_people_living_alone_is_under_for_seniorer_and_under_aeldre()
    {
        var dinner = Offer("Søndagsmiddag for dig, der bor alene") with { TargetGroups = ["single-elderly", "elderly-men", "bereaved"] };
        var catalogue = Catalogue(dinner, Offer("Ungecafé") with { TargetGroups = ["young"] });

        Assert.Contains(catalogue.Search("", new OfferFilter { Category = "seniors" }, MondayMorning), h => h.Offer == dinner);
        Assert.Contains(catalogue.Search("", new OfferFilter { Who = "elderly" }, MondayMorning), h => h.Offer == dinner);
        Assert.Contains(catalogue.Search("", new OfferFilter { Who = "living-alone" }, MondayMorning), h => h.Offer == dinner);
        Assert.Contains(catalogue.Search("", new OfferFilter { Who = "bereaved" }, MondayMorning), h => h.Offer == dinner);
    }

    [Fact]
    public void An_unknown_group_code_finds_nothing()
    {
        var catalogue = Catalogue(Offer("A") with { TargetGroups = ["seniors"] });

        Assert.Empty(catalogue.Search("", new OfferFilter { Who = "seniors" }, MondayMorning)); // a detailed code, not a group
    }

    [Fact]
    public void Relevant_groups_narrow_the_list_without_emptying_it()
    {
        Offer[] seniorsOnly =
        [
            Offer("A") with { TargetGroups = ["seniors"] },
            Offer("B") with { TargetGroups = ["single-elderly"] },
            Offer("C") with { TargetGroups = ["seniors", "relatives"] },
        ];

        var groups = CitizenGroups.RelevantTo(seniorsOnly).Select(g => g.Code).ToList();

        Assert.Equal(["living-alone", "relatives"], groups); // "Ældre" would keep all three; "Unge" none
        Assert.Contains("elderly", CitizenGroups.RelevantTo(seniorsOnly, chosen: "elderly").Select(g => g.Code));
    }

    [Fact]
    public void At_most_seven_groups_are_offered_the_largest_first_in_panel_order()
    {
        var offers = CitizenGroups.All
            .SelectMany((g, i) => Enumerable.Range(0, i + 1).Select(n => Offer($"{g.Code} {n}") with { TargetGroups = [g.TargetGroups[0]] }))
            .ToList();

        var shown = CitizenGroups.RelevantTo(offers);

        Assert.Equal(CitizenGroups.MaxShown, shown.Count);
        Assert.Equal(shown.OrderBy(g => CitizenGroups.All.ToList().IndexOf(g)), shown);
    }
}
