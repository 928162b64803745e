using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;

namespace KioskGuide.Domain.Search;

/// <summary>A span of local calendar days, from the first day's midnight (or from now, if later) to the end day's midnight.</summary>
/// <param name="Start">Local midnight at the start of the first day, or the current minute when that is later.</param>
/// <param name="End">Local midnight after the last day (exclusive).</param>
internal readonly record struct DaySpan(DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>The local days a <see cref="DayChoice"/> means at <paramref name="now"/> in <paramref name="zone"/>.</summary>
    public static DaySpan For(DayChoice day, DateTimeOffset now, TimeZoneInfo zone)
    {
        DateOnly today = OfferDays.LocalDate(now, zone);
        (DateOnly first, int days) = day switch
        {
            DayChoice.Today => (today, 1),
            DayChoice.Tomorrow => (today.AddDays(1), 1),
            DayChoice.Next7Days => (today, 7),
            _ => (NextWeekday(today, ToDayOfWeek(day)), 1),
        };
        // What already ended earlier today is of no use to a citizen standing here now; the minute
        // granularity keeps the per-span cache warm for a whole minute.
        DateTimeOffset start = OfferDays.LocalMidnight(first, zone);
        if (now > start)
        {
            start = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMinute), now.Offset);
        }

        return new DaySpan(start, OfferDays.LocalMidnight(first.AddDays(days), zone));
    }

    /// <summary>The first date on or after <paramref name="today"/> that falls on <paramref name="weekday"/>.</summary>
    private static DateOnly NextWeekday(DateOnly today, DayOfWeek weekday) =>
        today.AddDays(((int)weekday - (int)today.DayOfWeek + 7) % 7);

    private static DayOfWeek ToDayOfWeek(DayChoice day) => day switch
    {
        DayChoice.Monday => DayOfWeek.Monday,
        DayChoice.Tuesday => DayOfWeek.Tuesday,
        DayChoice.Wednesday => DayOfWeek.Wednesday,
        DayChoice.Thursday => DayOfWeek.Thursday,
        DayChoice.Friday => DayOfWeek.Friday,
        DayChoice.Saturday => DayOfWeek.Saturday,
        DayChoice.Sunday => DayOfWeek.Sunday,
        _ => throw new ArgumentOutOfRangeException(nameof(day), day, "Not a day choice."),
    };
}

/// <summary>Calendar-day questions about offers, answered through <see cref="ScheduleCalculator"/>.</summary>
internal static class OfferDays
{
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>
    /// The first instant of <paramref name="date"/> in <paramref name="zone"/>: local midnight, or the first
    /// valid local time after it in zones whose clocks skip midnight; the earlier instant if midnight repeats.
    /// </summary>
    public static DateTimeOffset LocalMidnight(DateOnly date, TimeZoneInfo zone)
    {
        DateTime local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        for (int guard = 0; zone.IsInvalidTime(local) && guard < 24 * 60; guard++)
        {
            local = local.AddMinutes(1);
        }

        TimeSpan offset = zone.IsAmbiguousTime(local)
            ? zone.GetAmbiguousTimeOffsets(local).Max()
            : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>
    /// True when some schedule of <paramref name="offer"/> has an occurrence overlapping <paramref name="span"/>.
    /// Reads only the first occurrence ending after the span's start: occurrences come in start order,
    /// so if that one starts too late, all later ones do too.
    /// </summary>
    public static bool OccursDuring(Offer offer, DaySpan span, TimeZoneInfo zone)
    {
        IReadOnlyList<Schedule> schedules = offer.Schedules;
        for (int i = 0; i < schedules.Count; i++)
        {
            using IEnumerator<Occurrence> occurrences =
                ScheduleCalculator.Occurrences(schedules[i], span.Start, zone).GetEnumerator();
            if (occurrences.MoveNext() && occurrences.Current.Start < span.End)
            {
                return true;
            }
        }

        return false;
    }
}
