using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Domain.Search;
using static KioskGuide.Domain.Tests.Search.OfferBuilder;

namespace KioskGuide.Domain.Tests.Search;

public sealed class OfferCatalogueFilterTests
{
    private static string[] Names(OfferCatalogue catalogue, OfferFilter filter, string query = "") =>
        [.. catalogue.Search(query, filter, MondayMorning).Select(h => h.Offer.Name).Order(StringComparer.Ordinal)];

    [Fact]
    public void Category_keeps_the_offers_of_that_tile()
    {
        var catalogue = Catalogue(
            Offer("Gåtur") with { Themes = ["walking"] },
            Offer("Motion") with { Themes = ["exercise", "dining"] },
            Offer("Fællesspisning") with { Themes = ["dining"] });

        Assert.Equal(["Gåtur", "Motion"], Names(catalogue, new OfferFilter { Category = "move" }));
        Assert.Equal(["Fællesspisning", "Motion"], Names(catalogue, new OfferFilter { Category = "meet" }));
        Assert.Equal(["Fællesspisning", "Gåtur", "Motion"], Names(catalogue, new OfferFilter { Category = "all" }));
        Assert.Empty(Names(catalogue, new OfferFilter { Category = "no-such-tile" }));
    }

    [Fact]
    public void Category_agrees_with_browse_categories_for_every_tile()
    {
        Offer[] offers =
        [
            Offer("A") with { Themes = ["walking", "courses"] },
            Offer("B") with { Strategies = ["social-network"], Ages = new AgeRange(null, 25) },
            Offer("C") with { TargetGroups = ["seniors"] },
            Offer("D").On(Weekly(DayOfWeek.Monday)),
            Offer("E") with { Themes = ["families", "counselling"], Ages = new AgeRange(65, null) },
            Offer("F"),
        ];
        var catalogue = Catalogue(offers);

        foreach (BrowseCategory tile in BrowseCategories.All)
        {
            string[] expected = [.. offers
                .Where(o => BrowseCategories.Contains(tile.Code, o, MondayMorning, Copenhagen))
                .Select(o => o.Name)];
            Assert.Equal(expected, Names(catalogue, new OfferFilter { Category = tile.Code }));
        }
    }

    [Fact]
    public void Target_group_keeps_offers_for_that_group_but_not_those_for_everyone()
    {
        var catalogue = Catalogue(
            Offer("For seniorer") with { TargetGroups = ["seniors", "single-elderly"] },
            Offer("For alle"),
            Offer("For unge") with { TargetGroups = ["young"] });

        Assert.Equal(["For seniorer"], Names(catalogue, new OfferFilter { Who = "elderly" }));
        Assert.Equal(["For alle", "For seniorer", "For unge"], Names(catalogue, OfferFilter.None));
    }

    [Fact]
    public void Town_keeps_offers_with_a_location_there()
    {
        var catalogue = Catalogue(
            Offer("Kun Kildevang"),
            Offer("Begge steder") with { Locations = [Location("Kildevang"), Location("Ejby")] },
            Offer("Kun Ejby") with { Locations = [Location("Ejby")] });

        Assert.Equal(["Begge steder", "Kun Ejby"], Names(catalogue, new OfferFilter { Town = "Ejby" }));
        Assert.Empty(Names(catalogue, new OfferFilter { Town = "ejby" }));
    }

    [Fact]
    public void Free_only_drops_offers_that_cost_money()
    {
        var catalogue = Catalogue(
            Offer("Gratis"),
            Offer("Betaling") with { Cost = new Cost { IsFree = false, AmountDkk = 40 } });

        Assert.Equal(["Gratis"], Names(catalogue, new OfferFilter { FreeOnly = true }));
    }

    [Fact]
    public void Step_free_only_keeps_offers_whose_every_place_is_step_free()
    {
        var catalogue = Catalogue(
            Offer("Niveaufri") with { Locations = [Location("Ejby", stepFree: true)] },
            Offer("Delvis") with { Locations = [Location("Ejby", stepFree: true), Location("Kildevang")] },
            Offer("Trapper"));

        Assert.Equal(["Niveaufri"], Names(catalogue, new OfferFilter { StepFreeOnly = true }));
    }

    private static OfferCatalogue Week() => Catalogue(
        Offer("Morgengymnastik").On(Weekly(DayOfWeek.Monday, 8, 10)), // going on at 09:00
        Offer("Morgensvømning").On(Weekly(DayOfWeek.Monday, 6, 8)), // already over today
        Offer("Sidste gang").On(Weekly(DayOfWeek.Monday, 13, 14) with { ValidTo = new DateOnly(2026, 11, 23) }), // not next Monday
        Offer("Søndagsdans").On(Weekly(DayOfWeek.Sunday, 22, 1)), // runs past midnight into Monday
        Offer("Tirsdagscafé").On(Weekly(DayOfWeek.Tuesday, 14, 16)),
        Offer("Onsdagsbanko").On(Weekly(DayOfWeek.Wednesday, 19, 21), Weekly(DayOfWeek.Friday)),
        Offer("Julemarked").On(Weekly(DayOfWeek.Saturday) with { ValidFrom = new DateOnly(2026, 12, 1) }),
        Offer("Når det passer"));

    [Theory]
    // Today (Monday 09:00): what already ended this morning is left out; what is going on or still to come stays.
    [InlineData(DayChoice.Today, new[] { "Morgengymnastik", "Sidste gang" })]
    [InlineData(DayChoice.Monday, new[] { "Morgengymnastik", "Sidste gang" })]
    [InlineData(DayChoice.Tomorrow, new[] { "Tirsdagscafé" })]
    [InlineData(DayChoice.Tuesday, new[] { "Tirsdagscafé" })]
    [InlineData(DayChoice.Wednesday, new[] { "Onsdagsbanko" })]
    [InlineData(DayChoice.Thursday, new string[0])]
    [InlineData(DayChoice.Friday, new[] { "Onsdagsbanko" })]
    [InlineData(DayChoice.Saturday, new string[0])]
    [InlineData(DayChoice.Sunday, new[] { "Søndagsdans" })]
    [InlineData(DayChoice.Next7Days, new[] { "Morgengymnastik", "Onsdagsbanko", "Sidste gang", "Søndagsdans", "Tirsdagscafé" })]
    public void Day_keeps_offers_with_an_occurrence_on_that_local_day(DayChoice day, string[] expected)
    {
        Assert.Equal(expected.Order(StringComparer.Ordinal), Names(Week(), new OfferFilter { Day = day }));
    }

    [Fact]
    public void Day_follows_the_local_date_not_the_utc_date()
    {
        var catalogue = Catalogue(
            Offer("Mandag").On(Weekly(DayOfWeek.Monday)),
            Offer("Tirsdag").On(Weekly(DayOfWeek.Tuesday)));
        // Monday 23:30 UTC is already Tuesday 00:30 in Copenhagen.
        var lateMondayUtc = new DateTimeOffset(2026, 11, 23, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(["Tirsdag"], catalogue.Search("", new OfferFilter { Day = DayChoice.Today }, lateMondayUtc).Select(h => h.Offer.Name));
    }

    [Fact]
    public void Day_is_worked_out_afresh_when_the_date_changes()
    {
        OfferCatalogue catalogue = Week();
        var today = new OfferFilter { Day = DayChoice.Today };
        string[] At(DateTimeOffset now) =>
            [.. catalogue.Search("", today, now).Select(h => h.Offer.Name).Order(StringComparer.Ordinal)];

        Assert.Equal(["Morgengymnastik", "Sidste gang"], At(MondayMorning));
        Assert.Equal(["Tirsdagscafé"], At(MondayMorning.AddDays(1)));
        Assert.Equal(["Morgengymnastik"], At(MondayMorning.AddDays(7)));
        Assert.Equal(["Sidste gang"], At(MondayMorning.AddHours(3.5)));
        Assert.Empty(At(MondayMorning.AddHours(12)));
    }

    [Fact]
    public void Today_tile_and_day_filter_combine()
    {
        Assert.Equal(
            ["Morgengymnastik", "Sidste gang"],
            Names(Week(), new OfferFilter { Category = "today" }));
        Assert.Empty(Names(Week(), new OfferFilter { Category = "today", Day = DayChoice.Tomorrow }));
        Assert.Equal(["Morgengymnastik", "Sidste gang"], Names(Week(), new OfferFilter { Category = "today", Day = DayChoice.Next7Days }));
    }

    [Fact]
    public void Filters_combine_so_each_must_hold()
    {
        Offer match = Offer("Gåtur")
            .On(Weekly(DayOfWeek.Monday, 13, 15))
            with
        {
            Themes = ["walking"],
            TargetGroups = ["seniors"],
            Locations = [Location("Ejby", stepFree: true)],
        };
        var catalogue = Catalogue(
            match,
            match with { Id = Guid.NewGuid(), Name = "Ikke motion", Themes = ["dining"] },
            match with { Id = Guid.NewGuid(), Name = "For alle", TargetGroups = [] },
            match with { Id = Guid.NewGuid(), Name = "I Kildevang", Locations = [Location("Kildevang", stepFree: true)] },
            match with { Id = Guid.NewGuid(), Name = "På tirsdag", Schedules = [Weekly(DayOfWeek.Tuesday)] },
            match with { Id = Guid.NewGuid(), Name = "Koster penge", Cost = new Cost { IsFree = false, AmountDkk = 20 } },
            match with { Id = Guid.NewGuid(), Name = "Med trapper", Locations = [Location("Ejby")] });
        var filter = new OfferFilter
        {
            Category = "move",
            Who = "elderly",
            Town = "Ejby",
            Day = DayChoice.Today,
            FreeOnly = true,
            StepFreeOnly = true,
        };

        Assert.Equal(["Gåtur"], Names(catalogue, filter));
        Assert.Equal(["Gåtur"], Names(catalogue, filter, "gå"));
        Assert.Empty(Names(catalogue, filter, "motion"));
        Assert.Equal(7, Names(catalogue, OfferFilter.None).Length);
    }

    [Fact]
    public void A_combination_nothing_fits_gives_no_hits()
    {
        var catalogue = Catalogue(
            Offer("Gratis i Kildevang"),
            Offer("Betaling i Ejby") with { Locations = [Location("Ejby")], Cost = new Cost { IsFree = false } });

        Assert.Empty(Names(catalogue, new OfferFilter { Town = "Ejby", FreeOnly = true }));
        Assert.Empty(Names(catalogue, new OfferFilter { Town = "Ejby", FreeOnly = true }, "betaling"));
    }

    [Fact]
    public void Query_and_filter_apply_together()
    {
        var catalogue = Catalogue(
            Offer("Gåtur"),
            Offer("Gåtur med frokost") with { Cost = new Cost { IsFree = false, AmountDkk = 50 } },
            Offer("Strikkecafé"));

        Assert.Equal(["Gåtur"], Names(catalogue, new OfferFilter { FreeOnly = true }, "gåtur"));
    }
}
