using System.Globalization;
using KioskGuide.Domain.Schedules;
using KioskGuide.Kiosk.Session;

namespace KioskGuide.Kiosk.Localization;

/// <summary>
/// Dates and times in the citizen's language. Danish and English keep ScheduleWording's full wording (shared with
/// the printed leaflets); other languages get their culture's day and month names (Gregorian) around the pattern
/// texts of UiText.resx. Times are Western digits as on Danish clocks, timetables and phones, and are isolated
/// left-to-right (U+2066 … U+2069), so in Arabic "10:00–12:00" is not read backwards as "12:00–10:00".
/// </summary>
public static class DateWording
{
    private const char LeftToRightIsolate = '\u2066';
    private const char PopIsolate = '\u2069';

    public static string Occurrence(KioskSession session, Occurrence o, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (WordedByScheduleWording(session.Language))
        {
            return ScheduleWording.DescribeOccurrence(o, session.Language, now, zone);
        }

        var start = TimeZoneInfo.ConvertTime(o.Start, zone).DateTime;
        var end = TimeZoneInfo.ConvertTime(o.End, zone).DateTime;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var day = DateOnly.FromDateTime(start);
        string span = Span(TimeOnly.FromDateTime(start), TimeOnly.FromDateTime(end));
        string date = Date(session, day, today);
        string text = Relative(session, day, today) is { } relative
            ? session.T(UiText.OccurrenceRelative, relative, date, span)
            : session.T(UiText.OccurrenceOn, date, span);
        if (end.Date > start.Date)
        {
            text += " " + session.T(UiText.UntilNextDay);
        }

        if (o.IsOngoingAt(now))
        {
            text += " " + session.T(UiText.OccurrenceOngoing);
        }

        return Capitalise(text, session.Culture);
    }

    public static string Instant(KioskSession session, DateTimeOffset instant, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (WordedByScheduleWording(session.Language))
        {
            return ScheduleWording.DescribeInstant(instant, session.Language, now, zone);
        }

        var local = TimeZoneInfo.ConvertTime(instant, zone).DateTime;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var day = DateOnly.FromDateTime(local);
        string date = day == today ? session.T(UiText.DateToday) : Date(session, day, today);
        return session.T(UiText.InstantAt, date, Isolated(Time(TimeOnly.FromDateTime(local))));
    }

    /// <summary>
    /// A schedule's rule and the language it is really in: weekly and fortnightly rules are worded in every
    /// language; a monthly rule in Arabic or Ukrainian is shown in Danish, marked lang="da", rather than guessed.
    /// </summary>
    public static (string Text, string Language) Rule(KioskSession session, Schedule schedule)
    {
        if (WordedByScheduleWording(session.Language))
        {
            return (ScheduleWording.Describe(schedule, session.Language), session.Language);
        }

        if (schedule.Freq == Frequency.Weekly && schedule.Interval is 1 or 2 && schedule.ByDay.Count > 0
            && ScheduleCalculator.IsValid(schedule, out _))
        {
            var days = schedule.ByDay.Select(d => d.Day).Distinct().OrderBy(d => ((int)d + 6) % 7)
                .Select(d => session.Culture.DateTimeFormat.GetDayName(d));
            string list = string.Join(session.T(UiText.ListAnd), days) + ", " + Span(schedule.OpensAt, schedule.ClosesAt);
            string text = session.T(schedule.Interval == 1 ? UiText.RuleWeekly : UiText.RuleFortnightly, list);
            return (schedule.IsOvernight ? text + " " + session.T(UiText.UntilNextDay) : text, session.Language);
        }

        return (ScheduleWording.Describe(schedule, "da"), "da");
    }

    private static bool WordedByScheduleWording(string language) => language is "da" or "en";

    private static string? Relative(KioskSession session, DateOnly day, DateOnly today) =>
        day == today ? session.T(UiText.DateToday) : day == today.AddDays(1) ? session.T(UiText.DateTomorrow) : null;

    private static string Date(KioskSession session, DateOnly day, DateOnly today)
    {
        string words = day.ToDateTime(TimeOnly.MinValue).ToString(session.T(UiText.DateFormat), session.Culture);
        return day.Year == today.Year ? words : $"{words} {day.Year.ToString(CultureInfo.InvariantCulture)}";
    }

    private static string Span(TimeOnly opens, TimeOnly closes) => Isolated($"{Time(opens)}–{Time(closes)}");

    private static string Time(TimeOnly t) => t.ToString("HH':'mm", CultureInfo.InvariantCulture);

    private static string Isolated(string text) => $"{LeftToRightIsolate}{text}{PopIsolate}";

    private static string Capitalise(string text, CultureInfo culture) =>
        text.Length == 0 ? text : char.ToUpper(text[0], culture) + text[1..];
}
