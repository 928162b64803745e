using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using static KioskGuide.Domain.Tests.Schedules.ScheduleTestKit;

namespace KioskGuide.Domain.Tests.Schedules;

/// <summary>Booking deadlines: "Tilmeld dig senest fredagen før kl. 12" for a dinner on the first Sunday of the month.</summary>
public sealed class BookingTests
{
    private static readonly Schedule FirstSunday =
        MonthlyByDay("12:30", "15:00", new WeekdayRule(DayOfWeek.Sunday, 1)) with { BookBy = new BookingDeadline(2, new TimeOnly(12, 0)) };

    private static Offer Dinner(Schedule schedule) => new()
    {
        Id = Guid.NewGuid(),
        Name = "Søndagsmiddag",
        Summary = "Middag.",
        Organizer = new Organizer { Name = "Menighedsplejen", ProviderType = ProviderType.CivilSocietyOrganisation },
        Locations = [],
        Schedules = [schedule],
        Cost = new Cost { IsFree = false, AmountDkk = 50 },
        HowToJoin = JoinMethod.SignUp,
        Contact = new Contact { Phone = "72 49 53 32" },
    };

    [Fact]
    public void The_deadline_is_days_before_the_date_at_the_local_time()
    {
        var o = ScheduleCalculator.NextOccurrences(Dinner(FirstSunday), At("2026-11-23T10:00+01:00"), Copenhagen, 1)[0];

        Assert.Equal(At("2026-12-04T12:00+01:00"), Booking.DeadlineOf(o, Copenhagen));
    }

    [Fact]
    public void A_deadline_later_than_the_start_is_the_start()
    {
        var sameDay = FirstSunday with { BookBy = new BookingDeadline(0, new TimeOnly(18, 0)) };
        var o = ScheduleCalculator.NextOccurrences(Dinner(sameDay), At("2026-11-23T10:00+01:00"), Copenhagen, 1)[0];

        Assert.Equal(o.Start, Booking.DeadlineOf(o, Copenhagen));
    }

    [Fact]
    public void Before_the_deadline_the_next_date_is_bookable()
    {
        var next = Booking.NextBookable(Dinner(FirstSunday), At("2026-12-03T10:00+01:00"), Copenhagen);

        Assert.NotNull(next);
        Assert.Equal(At("2026-12-06T12:30+01:00"), next.Occurrence.Start);
        Assert.False(next.BookingClosed);
    }

    [Fact]
    public void After_the_deadline_it_says_so_and_leads_with_the_next_date_one_can_book()
    {
        var offer = Dinner(FirstSunday);
        var saturday = At("2026-12-05T10:00+01:00");

        var dates = Booking.NextDates(offer, saturday, Copenhagen, 3);
        var next = Booking.NextBookable(offer, saturday, Copenhagen);

        Assert.True(dates[0].BookingClosed);
        Assert.Equal(At("2026-12-06T12:30+01:00"), dates[0].Occurrence.Start);
        Assert.NotNull(next);
        Assert.Equal(At("2027-01-03T12:30+01:00"), next.Occurrence.Start);
        Assert.Equal(At("2027-01-01T12:00+01:00"), next.BookBy);
    }

    [Fact]
    public void During_the_dinner_it_is_ongoing_and_closed_for_booking()
    {
        var dates = Booking.NextDates(Dinner(FirstSunday), At("2026-12-06T13:00+01:00"), Copenhagen, 1);

        Assert.True(dates[0].Ongoing);
        Assert.True(dates[0].BookingClosed);
    }

    [Fact]
    public void Without_a_deadline_a_date_going_on_can_still_be_joined()
    {
        var dropIn = FirstSunday with { BookBy = null };
        var next = Booking.NextBookable(Dinner(dropIn), At("2026-12-06T13:00+01:00"), Copenhagen);

        Assert.NotNull(next);
        Assert.True(next.Ongoing);
        Assert.Null(next.BookBy);
    }

    [Fact]
    public void Paper_lists_only_dates_still_to_come_never_today_when_it_has_begun()
    {
        var dropIn = FirstSunday with { BookBy = null };
        var dates = Booking.StillToCome(Dinner(dropIn), At("2026-12-06T13:00+01:00"), Copenhagen, 3);

        Assert.Equal(3, dates.Count);
        Assert.Equal(At("2027-01-03T12:30+01:00"), dates[0].Occurrence.Start);
    }

    [Fact]
    public void A_deadline_beyond_two_months_makes_the_rule_invalid()
    {
        Assert.False(ScheduleCalculator.IsValid(FirstSunday with { BookBy = new BookingDeadline(63, TimeOnly.MinValue) }, out var problem));
        Assert.Contains("booking deadline", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_deadline_survives_the_offer_json()
    {
        var read = OfferJson.Deserialize(OfferJson.Serialize(Dinner(FirstSunday)));

        Assert.Equal(new BookingDeadline(2, new TimeOnly(12, 0)), read.Schedules[0].BookBy);
        Assert.Contains("\"bookBy\":{\"daysBefore\":2,\"at\":\"12:00\"}", OfferJson.Serialize(read), StringComparison.Ordinal);
    }
}
