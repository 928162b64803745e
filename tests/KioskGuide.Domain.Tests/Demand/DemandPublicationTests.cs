using KioskGuide.Domain.Demand;

namespace KioskGuide.Domain.Tests.Demand;

public sealed class DemandPublicationTests
{
    private static readonly DateOnly Monday = new(2026, 11, 2);

    private static IEnumerable<TermObservation> Days(string term, int days, string kiosk = "k1", int perDay = 1) =>
        Enumerable.Range(0, days).Select(d => new TermObservation(term, kiosk, Monday.AddDays(d), perDay));

    [Fact]
    public void A_term_on_five_days_and_five_times_is_shown()
    {
        var result = DemandPublication.Publish(Days("padel", 5));
        Assert.Equal([new PublishedTerm("padel", 5)], result.Terms);
        Assert.Equal(0, result.Other);
    }

    [Fact]
    public void A_term_on_four_days_at_one_kiosk_is_other_however_often()
    {
        var result = DemandPublication.Publish(Days("padel", 4, perDay: 10));
        Assert.Empty(result.Terms);
        Assert.Equal(40, result.Other);
    }

    [Fact]
    public void Three_kiosks_on_one_day_are_enough_with_five_searches()
    {
        var rows = new[] { new TermObservation("padel", "a", Monday, 2), new("padel", "b", Monday, 2), new("padel", "c", Monday, 1) };
        Assert.Equal([new PublishedTerm("padel", 5)], DemandPublication.Publish(rows).Terms);
        Assert.Empty(DemandPublication.Publish(rows[..2]).Terms);
    }

    [Fact]
    public void Fewer_than_five_searches_is_other_even_on_three_kiosks()
    {
        var rows = new[] { new TermObservation("padel", "a", Monday, 1), new("padel", "b", Monday, 1), new("padel", "c", Monday, 2) };
        var result = DemandPublication.Publish(rows);
        Assert.Empty(result.Terms);
        Assert.Equal(4, result.Other);
    }

    [Fact]
    public void The_other_bucket_is_never_a_term() =>
        Assert.Empty(DemandPublication.Publish(Days(DemandTerms.Other, 30, perDay: 5)).Terms);

    [Fact]
    public void A_site_view_hides_a_term_whose_difference_to_all_sites_is_small()
    {
        var siteA = Days("padel", 6, "a").ToList();
        var all = siteA.Concat(Days("padel", 2, "b")).ToList();
        Assert.Equal(8, DemandPublication.Publish(all).Terms.Single().Count);
        var site = DemandPublication.Publish(siteA, all);
        Assert.Empty(site.Terms);
        Assert.Equal(6, site.Other);

        var allWithMoreAtB = siteA.Concat(Days("padel", 5, "b")).ToList();
        Assert.Equal(6, DemandPublication.Publish(siteA, allWithMoreAtB).Terms.Single().Count);
    }

    [Fact]
    public void Shown_terms_are_ordered_by_count_then_term()
    {
        var rows = Days("b", 5).Concat(Days("a", 5)).Concat(Days("c", 5, perDay: 2));
        Assert.Equal(["c", "a", "b"], DemandPublication.Publish(rows).Terms.Select(t => t.Term));
    }
}
