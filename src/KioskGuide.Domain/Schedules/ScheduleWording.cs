using KioskGuide.Domain.Offers;
using System.Globalization;

namespace KioskGuide.Domain.Schedules;

/// <summary>
/// Schedules and occurrences in plain words for the screen, in Danish ("da") or English (any other language).
/// Danish writes times as "kl. 9.30" (dot, no leading zero); English as "09:30".
/// </summary>
public static class ScheduleWording
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The rule in words, e.g. "Hver anden onsdag kl. 14.00–16.00" or "First Saturday of the month 10:00–13:00".</summary>
    public static string Describe(Schedule s, string language)
    {
        ArgumentNullException.ThrowIfNull(s);
        bool da = IsDanish(language);

        if (!ScheduleCalculator.IsValid(s, out _))
        {
            return !string.IsNullOrWhiteSpace(s.Description) ? s.Description
                : da ? "Se tider hos arrangøren" : "Ask the organiser for times";
        }

        string when = s.Freq == Frequency.Weekly ? Weekly(s, da) : Monthly(s, da);
        return Capitalise($"{when} {Span(s.OpensAt, s.ClosesAt, da)}{NextDayNote(s.IsOvernight, da)}", da);
    }

    /// <summary>
    /// One occurrence relative to <paramref name="now"/>, always with weekday and date so it can be checked on a
    /// calendar: "I dag, søndag 6. december, kl. 12.30–15.00 (i gang)", "I morgen, mandag 7. december, kl. 10.00–12.00",
    /// "Tirsdag 8. december kl. 10.00–12.00"; English "Today, Sunday 6 December, 12:30–15:00 (on now)". The year is
    /// added when it is not the current one.
    /// </summary>
    public static string DescribeOccurrence(Occurrence o, string language, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(zone);
        bool da = IsDanish(language);
        var start = TimeZoneInfo.ConvertTime(o.Start, zone).DateTime;
        var end = TimeZoneInfo.ConvertTime(o.End, zone).DateTime;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var day = DateOnly.FromDateTime(start);

        string span = Span(TimeOnly.FromDateTime(start), TimeOnly.FromDateTime(end), da);
        string relative = day == today ? (da ? "i dag" : "today") : day == today.AddDays(1) ? (da ? "i morgen" : "tomorrow") : "";
        string date = DateWords(day, today, da);
        string text = relative.Length > 0 ? $"{relative}, {date}, {span}" : $"{date} {span}";
        string note = NextDayNote(end.Date > start.Date, da) + (o.IsOngoingAt(now) ? (da ? " (i gang)" : " (on now)") : "");
        return Capitalise(text + note, da);
    }

    /// <summary>
    /// An instant such as a booking deadline, absolute: "fredag 4. december kl. 12.00", "Friday 4 December, 12:00";
    /// "i dag kl. 12.00" / "today, 12:00" and "i morgen …" when it is that close, with the year when not this year.
    /// </summary>
    public static string DescribeInstant(DateTimeOffset instant, string language, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        bool da = IsDanish(language);
        var local = TimeZoneInfo.ConvertTime(instant, zone).DateTime;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var day = DateOnly.FromDateTime(local);
        string date = day == today ? (da ? "i dag" : "today")
            : day == today.AddDays(1) ? (da ? $"i morgen, {DateWords(day, today, da)}," : $"tomorrow, {DateWords(day, today, da)},")
            : DateWords(day, today, da);
        string time = Time(TimeOnly.FromDateTime(local), da);
        return da ? $"{date} kl. {time}" : $"{date}{(date.EndsWith(',') ? "" : ",")} {time}";
    }

    /// <summary>A date as paper prints it, never relative: "søndag 6. december", "Sunday 6 December" (with the year when not this year).</summary>
    public static string DescribeDate(DateOnly day, string language, DateOnly today) => DateWords(day, today, IsDanish(language));

    private static string DateWords(DateOnly day, DateOnly today, bool da)
    {
        string words = da ? $"{DayName(day.DayOfWeek, da)} {day.Day}. {MonthName(day.Month, da)}"
            : $"{DayName(day.DayOfWeek, da)} {day.Day} {MonthName(day.Month, da)}";
        return day.Year == today.Year ? words : $"{words} {day.Year.ToString(CultureInfo.InvariantCulture)}";
    }

    private static string Weekly(Schedule s, bool da)
    {
        var days = SortedDays(s.ByDay);
        if (days.Count == 1)
        {
            // "hver tirsdag", "hver anden onsdag" / "every Tuesday", "every other Wednesday"
            string every = da ? "hver" : "every";
            string interval = s.Interval == 1 ? "" : IntervalWord(s.Interval, da) + " ";
            return $"{every} {interval}{DayName(days[0], da)}";
        }
        // "mandag og torsdag hver anden uge" / "Monday and Thursday every other week"
        string list = JoinList(days.Select(d => DayName(d, da)), da);
        return s.Interval == 1 ? list
            : da ? $"{list} hver {IntervalWord(s.Interval, da)} uge"
            : $"{list} every {IntervalWord(s.Interval, da)} week";
    }

    private static string Monthly(Schedule s, bool da)
    {
        var parts = new List<string>(2);
        if (s.ByDay.Count > 0)
        {
            parts.Add(MonthlyWeekdays(s, da));
        }
        if (s.ByMonthDay.Count > 0)
        {
            parts.Add(MonthDays(s, da));
        }
        return JoinList(parts, da);
    }

    /// <summary>"første og tredje lørdag i måneden", "last Friday of the month"; weekdays without ordinal read "hver tirsdag".</summary>
    private static string MonthlyWeekdays(Schedule s, bool da)
    {
        if (s.ByDay.All(d => d.Ordinal is null))
        {
            // Every such weekday of the month: reads like a weekly rule.
            var sorted = SortedDays(s.ByDay);
            string days = sorted.Count == 1 ? $"{(da ? "hver" : "every")} {DayName(sorted[0], da)}"
                : JoinList(sorted.Select(d => DayName(d, da)), da);
            return s.Interval == 1 ? days
                : da ? $"{days} i hver {IntervalWord(s.Interval, da)} måned"
                : $"{days} in every {IntervalWord(s.Interval, da)} month";
        }

        var items = s.ByDay
            .GroupBy(d => d.Day)
            .OrderBy(g => DaysFromMonday(g.Key))
            .Select(g =>
            {
                string day = DayName(g.Key, da);
                if (g.Any(d => d.Ordinal is null))
                {
                    return $"{(da ? "hver" : "every")} {day}";
                }
                // Last (-1) reads best after the counted ones: "første og sidste".
                var ordinals = g.Select(d => d.Ordinal!.Value).Distinct().OrderBy(n => n == -1 ? int.MaxValue : n);
                return $"{JoinList(ordinals.Select(n => OrdinalWord(n, da)), da)} {day}";
            });

        string list = JoinList(items, da);
        return s.Interval == 1 ? (da ? $"{list} i måneden" : $"{list} of the month")
            : da ? $"{list} hver {IntervalWord(s.Interval, da)} måned"
            : $"{list} of every {IntervalWord(s.Interval, da)} month";
    }

    /// <summary>"den 15. i måneden", "the 1st, 15th and last day of every month".</summary>
    private static string MonthDays(Schedule s, bool da)
    {
        var items = s.ByMonthDay.Distinct().OrderBy(d => d == -1 ? int.MaxValue : d)
            .Select(d => d == -1 ? (da ? "sidste dag" : "last day") : da ? $"{d}." : EnglishOrdinal(d));
        string list = $"{(da ? "den" : "the")} {JoinList(items, da)}";
        return s.Interval == 1 ? (da ? $"{list} i måneden" : $"{list} of every month")
            : da ? $"{list} hver {IntervalWord(s.Interval, da)} måned"
            : $"{list} of every {IntervalWord(s.Interval, da)} month";
    }

    private static string Span(TimeOnly opens, TimeOnly closes, bool da) =>
        da ? $"kl. {Time(opens, da)}–{Time(closes, da)}" : $"{Time(opens, da)}–{Time(closes, da)}";

    private static string Time(TimeOnly t, bool da) =>
        t.ToString(da ? "H'.'mm" : "HH':'mm", CultureInfo.InvariantCulture);

    private static string NextDayNote(bool overnight, bool da) =>
        !overnight ? "" : da ? " (til næste dag)" : " (until the next day)";

    private static string DayName(DayOfWeek day, bool da) =>
        da ? Danish.DateTimeFormat.GetDayName(day).ToLower(Danish) : English.DateTimeFormat.GetDayName(day);

    private static string MonthName(int month, bool da) =>
        da ? Danish.DateTimeFormat.GetMonthName(month).ToLower(Danish) : English.DateTimeFormat.GetMonthName(month);

    private static string OrdinalWord(int n, bool da) => (n, da) switch
    {
        (-1, true) => "sidste",
        (1, true) => "første",
        (2, true) => "anden",
        (3, true) => "tredje",
        (4, true) => "fjerde",
        (5, true) => "femte",
        (-1, false) => "last",
        (1, false) => "first",
        (2, false) => "second",
        (3, false) => "third",
        (4, false) => "fourth",
        (5, false) => "fifth",
        _ => da ? $"{n}." : EnglishOrdinal(n),
    };

    /// <summary>The word in "hver anden uge" / "every other week"; larger intervals as numbers ("hver 5. uge", "every 5th week").</summary>
    private static string IntervalWord(int interval, bool da) => (interval, da) switch
    {
        (2, true) => "anden",
        (2, false) => "other",
        (3 or 4, _) => OrdinalWord(interval, da),
        _ => da ? $"{interval}." : EnglishOrdinal(interval),
    };

    private static string EnglishOrdinal(int n)
    {
        string suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return $"{n}{suffix}";
    }

    /// <summary>"a", "a og b", "a, b og c" (English: "a, b and c", no serial comma as in British usage).</summary>
    private static string JoinList(IEnumerable<string> items, bool da)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list)
            : $"{string.Join(", ", list.Take(list.Count - 1))} {(da ? "og" : "and")} {list[^1]}";
    }

    /// <summary>The rule's weekdays once each, Monday first as on a Danish calendar.</summary>
    private static List<DayOfWeek> SortedDays(IEnumerable<WeekdayRule> rules) =>
        rules.Select(r => r.Day).Distinct().OrderBy(DaysFromMonday).ToList();

    private static int DaysFromMonday(DayOfWeek day) => ((int)day + 6) % 7;

    private static string Capitalise(string text, bool da) =>
        text.Length == 0 ? text : char.ToUpper(text[0], da ? Danish : English) + text[1..];

    private static bool IsDanish(string? language) =>
        language is not null
        && (language.Equals("da", StringComparison.OrdinalIgnoreCase) || language.StartsWith("da-", StringComparison.OrdinalIgnoreCase));
}
