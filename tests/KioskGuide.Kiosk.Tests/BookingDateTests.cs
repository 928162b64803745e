using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Kiosk.Components.Offers;

namespace KioskGuide.Kiosk.Tests;

/// <summary>"When next" on the offer screen: always day and date, and for offers one must book, the deadline.</summary>
public sealed class BookingDateTests : KioskComponentTest
{
    private readonly Offer _dinner = TestOffers.Make("Søndagsmiddag for dig, der bor alene", town: "Solbjerg Strand") with
    {
        HowToJoin = JoinMethod.SignUp,
        Schedules =
        [
            new Schedule
            {
                Freq = Frequency.Monthly,
                ByDay = [new WeekdayRule(DayOfWeek.Sunday, 1)],
                OpensAt = new TimeOnly(12, 30),
                ClosesAt = new TimeOnly(15, 0),
                BookBy = new BookingDeadline(2, new TimeOnly(12, 0)),
            },
        ],
    };

    public BookingDateTests() => UseOffers(_dinner);

    private IRenderedComponent<OfferDetail> RenderAt(DateTimeOffset now, string language = "da")
    {
        Clock.SetUtcNow(now);
        if (Session.Language != language)
        {
            Session.SwitchLanguage();
        }

        return Render<OfferDetail>(p => p.Add(d => d.Id, _dinner.Id).AddCascadingValue("Language", language));
    }

    private static string Text(IRenderedComponent<OfferDetail> screen, string testId) =>
        string.Join(" ", screen.Find($"[data-testid='{testId}']").TextContent.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void Before_the_deadline_it_leads_with_the_date_and_says_when_to_book_by()
    {
        var screen = RenderAt(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(1)));

        Assert.Equal("Næste gang, du kan nå at tilmelde dig: Søndag 6. december kl. 12.30–15.00. Tilmeld dig senest fredag 4. december kl. 12.00.",
            Text(screen, "next-bookable"));
    }

    [Fact]
    public void The_date_it_leads_with_is_not_listed_again_and_three_later_dates_follow()
    {
        var screen = RenderAt(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(1)));

        var dates = screen.FindAll("[data-testid='next-dates'] li").Select(li => li.TextContent).ToList();
        Assert.Equal(3, dates.Count);
        Assert.DoesNotContain(dates, d => d.Contains("6. december", StringComparison.Ordinal));
        Assert.Contains("Søndag 3. januar 2027", dates[0], StringComparison.Ordinal);
    }

    [Fact]
    public void After_the_deadline_it_says_so_and_leads_with_the_next_date_one_can_still_book()
    {
        var screen = RenderAt(new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.FromHours(1))); // Saturday

        var lead = Text(screen, "next-bookable");
        Assert.Contains("Søndag 3. januar 2027 kl. 12.30–15.00", lead, StringComparison.Ordinal);
        Assert.Contains("Tilmeld dig senest fredag 1. januar 2027 kl. 12.00", lead, StringComparison.Ordinal);

        var first = screen.Find("[data-testid='next-dates'] li");
        Assert.Equal("true", first.GetAttribute("data-booking-closed"));
        Assert.Contains("I morgen, søndag 6. december, kl. 12.30–15.00", first.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tilmeldingen er lukket. Fristen var i går", first.TextContent.Replace("fredag 4. december kl. 12.00", "i går", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void While_it_is_going_on_it_names_the_day_and_date_and_never_just_says_now()
    {
        var screen = RenderAt(new DateTimeOffset(2026, 12, 6, 13, 10, 0, TimeSpan.FromHours(1)));

        var first = screen.Find("[data-testid='next-dates'] li").TextContent;
        Assert.Contains("I dag, søndag 6. december, kl. 12.30–15.00 (i gang)", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Nu,", screen.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void In_english_the_deadline_reads_in_english()
    {
        var screen = RenderAt(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(1)), "en");

        Assert.Equal("Next date you can still sign up for: Sunday 6 December 12:30–15:00. Sign up by Friday 4 December, 12:00.",
            Text(screen, "next-bookable"));
    }

    [Fact]
    public void The_card_shows_the_next_date_one_can_still_book()
    {
        Clock.SetUtcNow(new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.FromHours(1)));
        var screen = Render<Results>(p => p.Add(r => r.Category, "all").AddCascadingValue("Language", "da"));

        Assert.Contains("Søndag 3. januar 2027 kl. 12.30–15.00", screen.Find("[data-testid='offer-card'] .offer-meta").TextContent, StringComparison.Ordinal);
    }
}
