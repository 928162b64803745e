using KioskGuide.Domain.Offers;
namespace KioskGuide.Domain.Schedules;

/// <summary>Expands schedules into concrete occurrences in the offer's time zone.</summary>
/// <remarks>
/// Rules in short: wall-clock times are turned into instants with the zone's offset at that moment;
/// a time in the spring-forward gap moves forward by the gap's length and a time in the fall-back
/// overlap takes the earlier instant (both as RFC 5545 says). Weeks are Monday-based. A rule with
/// <see cref="Schedule.Interval"/> &gt; 1 and neither <see cref="Schedule.DtStart"/> nor
/// <see cref="Schedule.ValidFrom"/> counts its weeks/months from Monday 1 January 2024, so the answer
/// never depends on when it is asked.
/// </remarks>
public static class ScheduleCalculator
{
    /// <summary>Anchor for interval rules that have no DtStart or ValidFrom (a Monday, and the first of a month).</summary>
    private static readonly DateOnly DefaultAnchor = new(2024, 1, 1);

    /// <summary>How far ahead to look; keeps rules that (almost) never match from scanning forever.</summary>
    private const int ScanYears = 3;

    /// <summary>
    /// Occurrences of one schedule whose end is after <paramref name="from"/>, in start order, lazily.
    /// An invalid schedule yields nothing.
    /// </summary>
    public static IEnumerable<Occurrence> Occurrences(Schedule schedule, DateTimeOffset from, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(zone);
        return IsValid(schedule, out _) ? Expand(schedule, from, zone) : [];
    }

    /// <summary>The next <paramref name="count"/> occurrences over all of an offer's schedules, ongoing ones included.</summary>
    public static IReadOnlyList<Occurrence> NextOccurrences(Offer offer, DateTimeOffset now, TimeZoneInfo zone, int count = 3)
    {
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentNullException.ThrowIfNull(zone);
        if (count <= 0 || offer.Schedules.Count == 0)
        {
            return [];
        }

        // Each schedule's sequence is already in order, so merge them by always taking the earliest head.
        var heads = new List<IEnumerator<Occurrence>>(offer.Schedules.Count);
        var result = new List<Occurrence>(count);
        try
        {
            foreach (var schedule in offer.Schedules)
            {
                var e = Occurrences(schedule, now, zone).GetEnumerator();
                if (e.MoveNext())
                {
                    heads.Add(e);
                }
                else
                {
                    e.Dispose();
                }
            }

            while (result.Count < count && heads.Count > 0)
            {
                int next = IndexOfEarliest(heads);
                var occurrence = heads[next].Current;
                if (!result.Exists(r => r.Start == occurrence.Start && r.End == occurrence.End))
                {
                    result.Add(occurrence);
                }

                if (!heads[next].MoveNext())
                {
                    heads[next].Dispose();
                    heads.RemoveAt(next);
                }
            }
        }
        finally
        {
            heads.ForEach(e => e.Dispose());
        }

        return result;
    }

    /// <summary>True when the schedule's fields make sense; otherwise <paramref name="problem"/> says why.</summary>
    public static bool IsValid(Schedule schedule, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        problem = FindProblem(schedule);
        return problem is null;
    }

    private static string? FindProblem(Schedule s)
    {
        if (s.Interval < 1)
        {
            return "Interval must be at least 1.";
        }
        if (s.ValidFrom is { } validFrom && s.ValidTo is { } validTo && validTo < validFrom)
        {
            return "ValidTo is before ValidFrom.";
        }
        if (s.OpensAt == s.ClosesAt)
        {
            return "Opening and closing times are the same.";
        }
        if (s.BookBy is { DaysBefore: < 0 or > BookingDeadline.MaxDaysBefore })
        {
            return $"A booking deadline must be 0 to {BookingDeadline.MaxDaysBefore} days before.";
        }

        if (s.ByDay.Any(d => !Enum.IsDefined(d.Day)))
        {
            return "Unknown weekday.";
        }

        switch (s.Freq)
        {
            case Frequency.Weekly:
                if (s.ByDay.Count == 0)
                {
                    return "A weekly rule needs at least one weekday.";
                }
                if (s.ByDay.Any(d => d.Ordinal is not null))
                {
                    return "A weekly rule cannot have ordinals (first, last, ...).";
                }
                return null;

            case Frequency.Monthly:
                if (s.ByDay.Count == 0 && s.ByMonthDay.Count == 0)
                {
                    return "A monthly rule needs weekdays or days of the month.";
                }
                if (s.ByDay.Any(d => d.Ordinal is 0 or > 5 or < -1))
                {
                    return "An ordinal must be 1 to 5, or -1 for the last.";
                }
                if (s.ByMonthDay.Any(d => d is (< 1 or > 31) and not -1))
                {
                    return "A day of the month must be 1 to 31, or -1 for the last.";
                }
                return null;

            default:
                return "Unknown frequency.";
        }
    }

    private static IEnumerable<Occurrence> Expand(Schedule s, DateTimeOffset from, TimeZoneInfo zone)
    {
        var fromDate = LocalDate(from, zone);
        // An overnight occurrence from yesterday may still be going on; other spans end the day they start.
        var first = Later(s.IsOvernight ? fromDate.AddDays(-1) : fromDate, Later(s.ValidFrom, s.DtStart));
        // Clamped so a far-future ValidFrom or DtStart cannot run off the end of the calendar.
        var horizon = first.Year < DateOnly.MaxValue.Year - ScanYears ? first.AddYears(ScanYears) : DateOnly.MaxValue.AddDays(-1);
        var last = Earlier(horizon, s.ValidTo);

        var dates = s.Freq == Frequency.Weekly ? WeeklyDates(s, first, last) : MonthlyDates(s, first, last);
        foreach (var date in dates)
        {
            if (s.ClosedDates.Count > 0 && s.ClosedDates.Contains(date))
            {
                continue;
            }

            var occurrence = At(s, date, zone);
            if (occurrence.End > from)
            {
                yield return occurrence;
            }
        }
    }

    /// <summary>Candidate dates of a weekly rule in [first, last], jumping straight from one matching week to the next.</summary>
    private static IEnumerable<DateOnly> WeeklyDates(Schedule s, DateOnly first, DateOnly last)
    {
        int days = 0; // bit i set = Monday + i days
        for (int i = 0; i < s.ByDay.Count; i++)
        {
            days |= 1 << DaysFromMonday(s.ByDay[i].Day);
        }

        // Day numbers as long so a huge interval cannot overflow into an endless loop.
        long anchorMonday = MondayOf(s.DtStart ?? s.ValidFrom ?? DefaultAnchor).DayNumber;
        long monday = MondayOf(first).DayNumber;
        long weeksPastInterval = Mod((monday - anchorMonday) / 7, s.Interval);
        if (weeksPastInterval != 0)
        {
            monday += 7 * (s.Interval - weeksPastInterval);
        }

        for (; monday <= last.DayNumber; monday += 7L * s.Interval)
        {
            for (int i = 0; i < 7; i++)
            {
                if ((days & (1 << i)) == 0)
                {
                    continue;
                }
                long day = monday + i;
                if (day > last.DayNumber)
                {
                    yield break;
                }
                if (day >= first.DayNumber)
                {
                    yield return DateOnly.FromDayNumber((int)day);
                }
            }
        }
    }

    /// <summary>Candidate dates of a monthly rule in [first, last], visiting only the months on the interval.</summary>
    private static IEnumerable<DateOnly> MonthlyDates(Schedule s, DateOnly first, DateOnly last)
    {
        // Months counted from year 0, as long so a huge interval cannot overflow.
        long anchorMonth = MonthNumber(s.DtStart ?? s.ValidFrom ?? DefaultAnchor);
        long month = MonthNumber(first);
        long monthsPastInterval = Mod(month - anchorMonth, s.Interval);
        if (monthsPastInterval != 0)
        {
            month += s.Interval - monthsPastInterval;
        }

        for (; month <= MonthNumber(last); month += s.Interval)
        {
            int year = (int)(month / 12), monthOfYear = (int)(month % 12) + 1;
            uint days = MonthDays(s, year, monthOfYear);
            for (int day = 1; day <= 31; day++)
            {
                if ((days & (1u << day)) == 0)
                {
                    continue;
                }
                var date = new DateOnly(year, monthOfYear, day);
                if (date > last)
                {
                    yield break;
                }
                if (date >= first)
                {
                    yield return date;
                }
            }
        }
    }

    /// <summary>The rule's days in one month as a bit set (bit d = day d), so days come out sorted and deduplicated.</summary>
    private static uint MonthDays(Schedule s, int year, int month)
    {
        int length = DateTime.DaysInMonth(year, month);
        var weekdayOfFirst = new DateOnly(year, month, 1).DayOfWeek;
        uint days = 0;

        for (int i = 0; i < s.ByDay.Count; i++)
        {
            var rule = s.ByDay[i];
            int firstSuch = 1 + Mod(rule.Day - weekdayOfFirst, 7);
            switch (rule.Ordinal)
            {
                case null:
                    for (int d = firstSuch; d <= length; d += 7)
                    {
                        days |= 1u << d;
                    }
                    break;
                case -1:
                    days |= 1u << (firstSuch + (7 * ((length - firstSuch) / 7)));
                    break;
                case int n:
                    // A 5th weekday that the month does not have gives no day.
                    int nth = firstSuch + (7 * (n - 1));
                    if (nth <= length)
                    {
                        days |= 1u << nth;
                    }
                    break;
            }
        }

        for (int i = 0; i < s.ByMonthDay.Count; i++)
        {
            int d = s.ByMonthDay[i] == -1 ? length : s.ByMonthDay[i];
            if (d <= length)
            {
                days |= 1u << d;
            }
        }

        return days;
    }

    private static Occurrence At(Schedule s, DateOnly date, TimeZoneInfo zone)
    {
        var start = ToInstant(date, s.OpensAt, zone);
        var end = ToInstant(s.IsOvernight ? date.AddDays(1) : date, s.ClosesAt, zone);
        // Only when the opening time falls in the spring gap and is pushed past the closing time.
        if (end < start)
        {
            end = start;
        }
        return new Occurrence(start, end, s);
    }

    /// <summary>A local date and wall-clock time in <paramref name="zone"/> as an instant, with the zone's offset then.</summary>
    private static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time); // Kind Unspecified: read as a time in zone
        if (DayOffsets.For(date, zone) is { } offset)
        {
            return new DateTimeOffset(local, offset);
        }

        if (zone.IsInvalidTime(local))
        {
            // In the spring-forward gap: read the time with the offset in force before the gap,
            // which moves it forward by the gap's length (02:30 becomes 03:30 summer time).
            var offsetBefore = zone.GetUtcOffset(local.AddDays(-1));
            var utc = DateTime.SpecifyKind(local - offsetBefore, DateTimeKind.Utc);
            return TimeZoneInfo.ConvertTime(new DateTimeOffset(utc), zone);
        }

        if (zone.IsAmbiguousTime(local))
        {
            // Happens twice on the fall-back night: the first time has the larger (summer) offset.
            return new DateTimeOffset(local, zone.GetAmbiguousTimeOffsets(local).Max());
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>The date in <paramref name="zone"/> at <paramref name="instant"/>.</summary>
    private static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var utc = instant.UtcDateTime;
        // The day guessed with the standard offset is right or next to it, and its cached offset
        // covers the instant either way (see DayOffsets).
        var guess = DateOnly.FromDateTime(utc + zone.BaseUtcOffset);
        return DayOffsets.For(guess, zone) is { } offset
            ? DateOnly.FromDateTime(utc + offset)
            : DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
    }

    /// <summary>
    /// The zone's offset per local date, cached. TimeZoneInfo takes about a microsecond per conversion,
    /// too slow for thousands of offers per tap, yet nearly every day has one offset all day. Days with
    /// a change get null and take the exact (slow) path.
    /// </summary>
    private static class DayOffsets
    {
        /// <summary>Checked beyond both ends of the day, so a change near midnight also counts as this day's.</summary>
        private static readonly TimeSpan Margin = TimeSpan.FromHours(6);

        // Direct-mapped by day number; entries are immutable, so threads can share them without locks.
        private static readonly Entry?[] Cache = new Entry?[256];

        private sealed record Entry(TimeZoneInfo Zone, int DayNumber, TimeSpan? Offset);

        /// <summary>The offset in force through all of <paramref name="date"/> (± the margin), or null when it changes.</summary>
        public static TimeSpan? For(DateOnly date, TimeZoneInfo zone)
        {
            int slot = date.DayNumber & (Cache.Length - 1);
            var entry = Volatile.Read(ref Cache[slot]);
            if (entry is null || entry.DayNumber != date.DayNumber || !ReferenceEquals(entry.Zone, zone))
            {
                entry = new Entry(zone, date.DayNumber, Compute(date, zone));
                Volatile.Write(ref Cache[slot], entry);
            }
            return entry.Offset;
        }

        // Assumes a zone changes offset at most once in any 36 hours, which holds for real zones.
        private static TimeSpan? Compute(DateOnly date, TimeZoneInfo zone)
        {
            if (date.Year == DateOnly.MinValue.Year || date.Year == DateOnly.MaxValue.Year)
            {
                return null; // the margins would leave DateTime's range
            }
            var start = DateTime.SpecifyKind(date.ToDateTime(TimeOnly.MinValue) - zone.BaseUtcOffset - Margin, DateTimeKind.Utc);
            var end = start.AddDays(1) + Margin + Margin;
            var offset = zone.GetUtcOffset(start);
            return offset == zone.GetUtcOffset(end) ? offset : null;
        }
    }

    private static int IndexOfEarliest(List<IEnumerator<Occurrence>> heads)
    {
        int best = 0;
        for (int i = 1; i < heads.Count; i++)
        {
            var candidate = heads[i].Current;
            var current = heads[best].Current;
            if (candidate.Start < current.Start || (candidate.Start == current.Start && candidate.End < current.End))
            {
                best = i;
            }
        }
        return best;
    }

    private static int DaysFromMonday(DayOfWeek day) => Mod(day - DayOfWeek.Monday, 7);

    private static DateOnly MondayOf(DateOnly date) => date.AddDays(-DaysFromMonday(date.DayOfWeek));

    private static int MonthNumber(DateOnly date) => (date.Year * 12) + date.Month - 1;

    private static int Mod(int value, int divisor) => ((value % divisor) + divisor) % divisor;

    private static long Mod(long value, long divisor) => ((value % divisor) + divisor) % divisor;

    private static DateOnly Later(DateOnly a, DateOnly? b) => b is { } d && d > a ? d : a;

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is { } d ? Later(d, b) : b;

    private static DateOnly Earlier(DateOnly a, DateOnly? b) => b is { } d && d < a ? d : a;
}
