using KioskGuide.Kiosk.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.DependencyInjection;
using KioskGuide.Domain.Demand;
using KioskGuide.Domain.Schedules;
using KioskGuide.Domain.Search;
using KioskGuide.Kiosk.Configuration;
using KioskGuide.Kiosk.Content;
using KioskGuide.Kiosk.Demand;
using KioskGuide.Kiosk.Session;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KioskGuide.Kiosk.Tests.Demand;

/// <summary>What the screen hooks count: settled searches (not prefixes), taps, and how a visit ended.</summary>
public sealed class DemandVisitTests : IDisposable
{
    private static readonly DateOnly Day = new(2026, 11, 23);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(1)));
    private readonly DemandCounter _counter;
    private readonly KioskSession _session;
    private readonly DemandVisit _visit;
    private readonly Domain.Offers.Offer _walk = TestOffers.Make("Gåtur", themes: ["walking"], targetGroups: ["elderly"]);

    public DemandVisitTests()
    {
        _counter = new DemandCounter(_clock, Options.Create(new DemandOptions()));
        var kiosk = Options.Create(new KioskOptions());
        using var localization = new ServiceCollection().AddLogging().AddKioskLocalization().BuildServiceProvider();
        _session = new KioskSession(kiosk, localization.GetRequiredService<IStringLocalizer<UiText>>());
        var catalogues = new CatalogueProvider();
        catalogues.Replace(new OfferCatalogue([_walk], KioskTimeZone.Copenhagen));
        _visit = new DemandVisit(_counter, _session, catalogues, _clock, kiosk);
        _visit.Attach(interactive: true);
    }

    private IReadOnlyList<DemandCount> Counted() => _counter.Tally.Drain().GetValueOrDefault(Day) ?? [];

    [Fact]
    public void A_typed_search_counts_once_when_it_settles_not_per_key()
    {
        foreach (var prefix in new[] { "p", "pa", "pad", "Padel" })
        {
            _visit.Typed(prefix);
        }

        Assert.Empty(Counted());
        _visit.SearchSettled();
        _visit.SearchSettled(); // leaving the screen after closing the keyboard
        _visit.Typed("gåtur");
        _visit.Typed("");       // emptied: the search as it stood is counted
        Assert.Equal([new DemandCount(DemandKinds.SearchMatch, "gatur", 1), new DemandCount(DemandKinds.SearchNoMatch, "padel", 1)], Counted());
    }

    [Fact]
    public void A_search_with_a_phone_number_is_counted_as_other()
    {
        _visit.Typed("ring til 20 30 40 50");
        _visit.SearchSettled();
        Assert.Equal([new DemandCount(DemandKinds.SearchNoMatch, DemandTerms.Other, 1)], Counted());
    }

    [Fact]
    public void An_offer_opened_counts_its_themes_and_groups_and_the_visit_did_not_end_empty()
    {
        _visit.Touched();
        _visit.OfferOpened(_walk);
        _visit.VisitEnded();
        var counted = Counted();
        Assert.Contains(new DemandCount(DemandKinds.ThemeOpened, "walking", 1), counted);
        Assert.Contains(new DemandCount(DemandKinds.GroupOpened, "elderly", 1), counted);
        Assert.Contains(new DemandCount(DemandKinds.Language, "da", 1), counted);
        Assert.DoesNotContain(counted, c => c.Kind == DemandKinds.IdleNoOffer);
    }

    [Fact]
    public void A_visit_without_an_offer_is_counted_at_the_reset_with_its_languages_and_the_unsettled_search()
    {
        _visit.Touched();
        _session.SwitchLanguage();
        _visit.Typed("strikkecafe");
        _visit.VisitEnded();
        _visit.VisitEnded(); // a second reset with nobody there counts nothing
        Assert.Equal(
            [new DemandCount(DemandKinds.IdleNoOffer, "", 1), new DemandCount(DemandKinds.Language, "da", 1), new DemandCount(DemandKinds.Language, "en", 1), new DemandCount(DemandKinds.SearchNoMatch, "strikkecafe", 1)],
            Counted());
    }

    [Fact]
    public void Filters_count_only_what_was_newly_chosen()
    {
        _visit.FilterChosen(OfferFilter.None, OfferFilter.None with { Who = "elderly" });
        _visit.FilterChosen(OfferFilter.None with { Who = "elderly" }, OfferFilter.None with { Who = "elderly", FreeOnly = true, Day = DayChoice.Today });
        Assert.Equal(
            [new DemandCount(DemandKinds.Filter, "day:today", 1), new DemandCount(DemandKinds.Filter, "free", 1), new DemandCount(DemandKinds.Filter, "who:elderly", 1)],
            Counted());
    }

    [Fact]
    public void A_prerendered_screen_counts_nothing()
    {
        _visit.Attach(interactive: false);
        _visit.Tile("meet");
        _visit.OfferOpened(_walk);
        Assert.Empty(Counted());
    }

    public void Dispose() => _visit.Dispose();
}
