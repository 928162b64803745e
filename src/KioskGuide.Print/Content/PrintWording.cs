using System.Globalization;
using KioskGuide.Domain.Schedules;

namespace KioskGuide.Print.Content;

/// <summary>
/// Schedules and dates in words on paper. Danish and English come from the kiosk's <see cref="ScheduleWording"/>;
/// Arabic and Ukrainian are worded here, plainly ("كل يوم الثلاثاء، 10:00–12:00", "Щотижня у вівторок, 10:00–12:00"),
/// since paper also lists the next dates themselves. Times are 24-hour with a colon in both.
/// </summary>
internal static class PrintWording
{
    public static string Schedule(Schedule s, string language)
    {
        language = PrintLanguages.Normalise(language);
        if (language is "da" or "en")
        {
            return ScheduleWording.Describe(s, language);
        }
        if (!ScheduleCalculator.IsValid(s, out _))
        {
            return !string.IsNullOrWhiteSpace(s.Description) ? s.Description : PrintText.NoTimes.For(language).TrimEnd('.');
        }

        var days = s.ByDay.Select(d => d.Day).Distinct().OrderBy(d => ((int)d + 6) % 7).ToList();
        string when;
        if (s.Freq == Frequency.Weekly && days.Count == 1 && s.Interval == 1)
        {
            when = string.Format(CultureInfo.InvariantCulture, PrintText.Every.For(language), language == "uk" ? UkrainianAccusative(days[0]) : DayName(days[0], language));
        }
        else
        {
            var list = JoinList(days.Select(d => DayName(d, language)).ToList(), language);
            when = s.Freq == Frequency.Weekly && s.Interval == 1 ? string.Format(CultureInfo.InvariantCulture, PrintText.Weekly.For(language), list)
                : s.Freq == Frequency.Weekly ? $"{list}{Comma(language)}{Interval(s.Interval, language)}"
                : list.Length > 0 ? $"{list}{Comma(language)}{PrintText.Monthly.For(language)}"
                : PrintText.Monthly.For(language);
        }

        string span = $"{s.OpensAt.ToString("HH':'mm", CultureInfo.InvariantCulture)}–{s.ClosesAt.ToString("HH':'mm", CultureInfo.InvariantCulture)}";
        string note = s.IsOvernight ? $" ({PrintText.UntilNextDay.For(language)})" : "";
        return Capitalise($"{when}{Comma(language)}{span}{note}", language);
    }

    /// <summary>A date as paper prints it, never relative: "الأحد 6 ديسمبر", "неділя, 6 грудня" (the year when not this year).</summary>
    public static string Date(DateOnly day, string language, DateOnly today)
    {
        language = PrintLanguages.Normalise(language);
        if (language is "da" or "en")
        {
            return ScheduleWording.DescribeDate(day, language, today);
        }
        var format = PrintLanguages.Culture(language).DateTimeFormat;
        string month = language == "uk" ? format.MonthGenitiveNames[day.Month - 1] : format.GetMonthName(day.Month);
        string words = language == "uk" ? $"{DayName(day.DayOfWeek, language)}, {day.Day} {month}" : $"{DayName(day.DayOfWeek, language)} {day.Day} {month}";
        return day.Year == today.Year ? words : $"{words} {day.Year.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>"a", "a og b", "a, b og c" in the language (Arabic with its own comma).</summary>
    public static string JoinList(IReadOnlyList<string> items, string language) =>
        items.Count <= 1 ? string.Concat(items)
        : $"{string.Join(Comma(language), items.Take(items.Count - 1))} {PrintText.And.For(language)}{(language == "ar" ? "" : " ")}{items[^1]}";

    private static string Comma(string language) => language == "ar" ? "، " : ", ";

    private static string DayName(DayOfWeek day, string language) =>
        PrintLanguages.Culture(language).DateTimeFormat.GetDayName(day).ToLower(PrintLanguages.Culture(language));

    private static string Interval(int weeks, string language) =>
        weeks == 2 ? PrintText.EveryOtherWeek.For(language) : string.Format(CultureInfo.InvariantCulture, PrintText.EveryNthWeek.For(language), weeks);

    /// <summary>"у вівторок", "у середу": the weekday after "у" takes the accusative.</summary>
    private static string UkrainianAccusative(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "понеділок",
        DayOfWeek.Tuesday => "вівторок",
        DayOfWeek.Wednesday => "середу",
        DayOfWeek.Thursday => "четвер",
        DayOfWeek.Friday => "пʼятницю",
        DayOfWeek.Saturday => "суботу",
        _ => "неділю",
    };

    private static string Capitalise(string text, string language) =>
        text.Length == 0 ? text : char.ToUpper(text[0], PrintLanguages.Culture(language)) + text[1..];
}
