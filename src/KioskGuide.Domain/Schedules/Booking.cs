using KioskGuide.Domain.Offers;

namespace KioskGuide.Domain.Schedules;

/// <summary>One coming date of an offer, with what a citizen must know about booking it.</summary>
/// <param name="Occurrence">When it takes place.</param>
/// <param name="BookBy">When booking closes; null when the schedule has no deadline.</param>
/// <param name="BookingClosed">The deadline has passed (or it has started): one cannot sign up for this date any more.</param>
/// <param name="Ongoing">It has started and not yet ended.</param>
public sealed record UpcomingDate(Occurrence Occurrence, DateTimeOffset? BookBy, bool BookingClosed, bool Ongoing)
{
    /// <summary>A citizen can still come: not closed for booking, and (when it must be booked) not yet started.</summary>
    public bool CanStillCome => !BookingClosed;
}

/// <summary>Booking deadlines and the dates a citizen can still come to.</summary>
public static class Booking
{
    /// <summary>How far past the dates shown we look for one that can still be booked.</summary>
    private const int LookAhead = 12;

    /// <summary>When booking for <paramref name="occurrence"/> closes, or null when its schedule has no deadline.</summary>
    public static DateTimeOffset? DeadlineOf(Occurrence occurrence, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        ArgumentNullException.ThrowIfNull(zone);
        if (occurrence.Schedule.BookBy is not { } rule)
        {
            return null;
        }

        var startDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(occurrence.Start, zone).DateTime);
        var local = startDate.AddDays(-rule.DaysBefore).ToDateTime(rule.At, DateTimeKind.Unspecified);
        for (int guard = 0; zone.IsInvalidTime(local) && guard < 24 * 60; guard++)
        {
            local = local.AddMinutes(1); // inside a spring-forward gap: the first valid minute after it
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        var deadline = new DateTimeOffset(local, offset);
        return deadline < occurrence.Start ? deadline : occurrence.Start;
    }

    /// <summary>The next <paramref name="count"/> dates (one going on now included), each with its booking state.</summary>
    public static IReadOnlyList<UpcomingDate> NextDates(Offer offer, DateTimeOffset now, TimeZoneInfo zone, int count = 3) =>
        [.. ScheduleCalculator.NextOccurrences(offer, now, zone, count).Select(o => Describe(o, now, zone))];

    /// <summary>
    /// The first date a citizen can still come to: for a date that must be booked, one whose deadline has not passed;
    /// otherwise the next one not yet over. Null when there is none in the coming dates.
    /// </summary>
    public static UpcomingDate? NextBookable(Offer offer, DateTimeOffset now, TimeZoneInfo zone) =>
        ScheduleCalculator.NextOccurrences(offer, now, zone, LookAhead).Select(o => Describe(o, now, zone)).FirstOrDefault(d => d.CanStillCome);

    /// <summary>
    /// Dates for paper, read later: only those still to come (not started, and bookable if they must be booked),
    /// at most <paramref name="count"/>.
    /// </summary>
    public static IReadOnlyList<UpcomingDate> StillToCome(Offer offer, DateTimeOffset now, TimeZoneInfo zone, int count = 3) =>
        [.. ScheduleCalculator.NextOccurrences(offer, now, zone, count + LookAhead)
            .Select(o => Describe(o, now, zone))
            .Where(d => !d.Ongoing && d.CanStillCome)
            .Take(count)];

    /// <summary>True when some schedule of the offer has a booking deadline.</summary>
    public static bool HasDeadlines(Offer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        return offer.Schedules.Any(s => s.BookBy is not null);
    }

    private static UpcomingDate Describe(Occurrence o, DateTimeOffset now, TimeZoneInfo zone)
    {
        var deadline = DeadlineOf(o, zone);
        bool ongoing = o.IsOngoingAt(now);
        bool closed = deadline is { } d && now >= d;
        return new UpcomingDate(o, deadline, closed, ongoing);
    }
}
