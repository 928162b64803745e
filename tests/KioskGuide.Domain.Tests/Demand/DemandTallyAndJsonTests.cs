using KioskGuide.Domain.Demand;

namespace KioskGuide.Domain.Tests.Demand;

public sealed class DemandTallyAndJsonTests
{
    private static readonly DateOnly Day = new(2026, 12, 7);

    [Fact]
    public void Tally_counts_per_day_kind_and_key_and_drains_empty()
    {
        var tally = new DemandTally();
        tally.Add(Day, DemandKinds.Tile, "meet");
        tally.Add(Day, DemandKinds.Tile, "meet");
        tally.Add(Day, DemandKinds.Language, "en");
        tally.Add(Day.AddDays(1), DemandKinds.Tile, "meet");

        var drained = tally.Drain();
        Assert.Equal([new DemandCount("language", "en", 1), new DemandCount("tile", "meet", 2)], drained[Day]);
        Assert.Equal([new DemandCount("tile", "meet", 1)], drained[Day.AddDays(1)]);
        Assert.Empty(tally.Drain());
    }

    [Fact]
    public void Restored_increments_are_added_to_new_ones()
    {
        var tally = new DemandTally();
        tally.Add(Day, DemandKinds.Tile, "meet");
        var failed = tally.Drain();
        tally.Add(Day, DemandKinds.Tile, "meet");
        tally.Restore(failed);
        Assert.Equal(2, tally.Drain()[Day].Single().Count);
    }

    [Fact]
    public void Tally_loses_nothing_under_parallel_taps()
    {
        var tally = new DemandTally();
        Parallel.For(0, 10_000, _ => tally.Add(Day, DemandKinds.Tile, "meet"));
        Assert.Equal(10_000, tally.Drain()[Day].Single().Count);
    }

    [Fact]
    public void Json_round_trips_in_canonical_order()
    {
        var day = new DemandDay("aabaek-1", Day, DemandDay.Canonical([new("tile", "meet", 3), new("search-none", "padel", 2)]));
        var (parsed, problems) = DemandJson.Parse(DemandJson.Serialize(day));
        Assert.Empty(problems);
        Assert.Equal(day.KioskId, parsed!.KioskId);
        Assert.Equal(day.Day, parsed.Day);
        Assert.Equal(day.Counts, parsed.Counts);
        Assert.Equal("search-none", parsed.Counts[0].Kind);
    }

    [Fact]
    public void A_search_key_that_is_not_a_normalised_term_becomes_other()
    {
        var json = """{"kioskId":"aabaek-1","day":"2026-12-07","counts":[{"kind":"search-none","key":"ring 20304050","count":1},{"kind":"search-none","key":"Padel","count":2},{"kind":"search-none","key":"~other","count":1}]}""";
        var (parsed, problems) = DemandJson.Parse(json);
        Assert.Empty(problems);
        Assert.Equal([new DemandCount("search-none", DemandTerms.Other, 4)], parsed!.Counts);
    }

    [Theory]
    [InlineData("""{"kioskId":"A B","day":"2026-12-07","counts":[]}""", "kioskId")]
    [InlineData("""{"kioskId":"k1","day":"07-12-2026","counts":[]}""", "day")]
    [InlineData("""{"kioskId":"k1","day":"2026-12-07","counts":[{"kind":"time","key":"","count":1}]}""", "counts[0].kind")]
    [InlineData("""{"kioskId":"k1","day":"2026-12-07","counts":[{"kind":"tile","key":"meet","count":0}]}""", "counts[0].count")]
    [InlineData("""{"kioskId":"k1","day":"2026-12-07","counts":[],"session":"x"}""", "body")]
    [InlineData("""{"kioskId":"k1","day":"2026-12-07"}""", "counts")]
    public void Invalid_days_are_refused_naming_the_field(string json, string field)
    {
        var (parsed, problems) = DemandJson.Parse(json);
        Assert.Null(parsed);
        Assert.StartsWith(field, problems[0], StringComparison.Ordinal);
    }
}
