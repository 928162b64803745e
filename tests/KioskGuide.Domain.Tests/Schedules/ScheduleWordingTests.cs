using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using static KioskGuide.Domain.Tests.Schedules.ScheduleTestKit;

namespace KioskGuide.Domain.Tests.Schedules;

public class ScheduleWordingTests
{
    [Theory]
    [InlineData("every tuesday", "da", "Hver tirsdag kl. 10.00–12.00")]
    [InlineData("every tuesday", "en", "Every Tuesday 10:00–12:00")]
    [InlineData("every other wednesday", "da", "Hver anden onsdag kl. 14.00–16.00")]
    [InlineData("every other wednesday", "en", "Every other Wednesday 14:00–16:00")]
    [InlineData("first saturday", "da", "Første lørdag i måneden kl. 10.00–13.00")]
    [InlineData("first saturday", "en", "First Saturday of the month 10:00–13:00")]
    [InlineData("last friday", "da", "Sidste fredag i måneden kl. 18.00–21.00")]
    [InlineData("last friday", "en", "Last Friday of the month 18:00–21:00")]
    [InlineData("the 15th", "da", "Den 15. i måneden kl. 19.00–21.00")]
    [InlineData("the 15th", "en", "The 15th of every month 19:00–21:00")]
    [InlineData("monday and thursday", "da", "Mandag og torsdag kl. 9.30–11.30")]
    [InlineData("monday and thursday", "en", "Monday and Thursday 09:30–11:30")]
    // Danish times have no leading zero ("kl. 9.30"), so the small hours read "2.00".
    [InlineData("friday night", "da", "Hver fredag kl. 22.00–2.00 (til næste dag)")]
    [InlineData("friday night", "en", "Every Friday 22:00–02:00 (until the next day)")]
    public void Describe_gives_the_rule_in_plain_words(string rule, string language, string expected)
    {
        Assert.Equal(expected, ScheduleWording.Describe(Example(rule), language));
    }

    [Theory]
    [InlineData("da", "Første og tredje lørdag i måneden kl. 10.00–13.00")]
    [InlineData("en", "First and third Saturday of the month 10:00–13:00")]
    public void Describe_joins_ordinals_of_the_same_weekday(string language, string expected)
    {
        var s = MonthlyByDay("10:00", "13:00", new WeekdayRule(DayOfWeek.Saturday, 3), new WeekdayRule(DayOfWeek.Saturday, 1));

        Assert.Equal(expected, ScheduleWording.Describe(s, language));
    }

    [Theory]
    [InlineData("da", "Den 1., 15. og sidste dag hver tredje måned kl. 19.00–21.00")]
    [InlineData("en", "The 1st, 15th and last day of every third month 19:00–21:00")]
    public void Describe_lists_month_days_with_the_interval(string language, string expected)
    {
        var s = MonthlyByMonthDay("19:00", "21:00", -1, 15, 1) with { Interval = 3 };

        Assert.Equal(expected, ScheduleWording.Describe(s, language));
    }

    [Theory]
    [InlineData("da", "Mandag, onsdag og fredag hver anden uge kl. 10.00–12.00")]
    [InlineData("en", "Monday, Wednesday and Friday every other week 10:00–12:00")]
    public void Describe_several_days_every_other_week(string language, string expected)
    {
        var s = Weekly("10:00", "12:00", DayOfWeek.Friday, DayOfWeek.Monday, DayOfWeek.Wednesday) with { Interval = 2 };

        Assert.Equal(expected, ScheduleWording.Describe(s, language));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("")]
    public void Describe_falls_back_to_English(string language)
    {
        Assert.Equal("Every Tuesday 10:00–12:00", ScheduleWording.Describe(Example("every tuesday"), language));
    }

    [Theory]
    [InlineData("da", "Se tider hos arrangøren")]
    [InlineData("en", "Ask the organiser for times")]
    public void Describe_invalid_rule_without_description_points_to_the_organiser(string language, string expected)
    {
        var invalid = Weekly("10:00", "12:00", DayOfWeek.Tuesday) with { Interval = 0 };

        Assert.Equal(expected, ScheduleWording.Describe(invalid, language));
    }

    [Theory]
    [InlineData("da")]
    [InlineData("en")]
    public void Describe_invalid_rule_shows_its_own_description(string language)
    {
        var invalid = MonthlyByDay("10:00", "12:00") with { Description = "Hver anden torsdag i lige uger" };

        Assert.Equal("Hver anden torsdag i lige uger", ScheduleWording.Describe(invalid, language));
    }

    // ---- One occurrence relative to now ----

    private static readonly Schedule Tuesday = Weekly("10:00", "12:00", DayOfWeek.Tuesday);

    private static readonly Occurrence Tuesday24November =
        new(At("2026-11-24T10:00+01:00"), At("2026-11-24T12:00+01:00"), Tuesday);

    [Theory]
    [InlineData("2026-11-24T08:00+01:00", "da", "I dag, tirsdag 24. november, kl. 10.00–12.00")]
    [InlineData("2026-11-24T08:00+01:00", "en", "Today, Tuesday 24 November, 10:00–12:00")]
    [InlineData("2026-11-23T20:00+01:00", "da", "I morgen, tirsdag 24. november, kl. 10.00–12.00")]
    [InlineData("2026-11-23T20:00+01:00", "en", "Tomorrow, Tuesday 24 November, 10:00–12:00")]
    [InlineData("2026-11-20T09:00+01:00", "da", "Tirsdag 24. november kl. 10.00–12.00")]
    [InlineData("2026-11-20T09:00+01:00", "en", "Tuesday 24 November 10:00–12:00")]
    // Going on now: never just "Nu", but the day, the date and the whole span, marked as going on.
    [InlineData("2026-11-24T11:00+01:00", "da", "I dag, tirsdag 24. november, kl. 10.00–12.00 (i gang)")]
    [InlineData("2026-11-24T11:00+01:00", "en", "Today, Tuesday 24 November, 10:00–12:00 (on now)")]
    // 23:30 UTC on Monday is already Tuesday in Copenhagen.
    [InlineData("2026-11-23T23:30+00:00", "da", "I dag, tirsdag 24. november, kl. 10.00–12.00")]
    // Seen from another year, the year is said.
    [InlineData("2025-12-30T09:00+01:00", "da", "Tirsdag 24. november 2026 kl. 10.00–12.00")]
    public void DescribeOccurrence_relative_to_now(string now, string language, string expected)
    {
        Assert.Equal(expected, ScheduleWording.DescribeOccurrence(Tuesday24November, language, At(now), Copenhagen));
    }

    [Theory]
    [InlineData("da", "I dag, fredag 27. november, kl. 22.00–2.00 (til næste dag)")]
    [InlineData("en", "Today, Friday 27 November, 22:00–02:00 (until the next day)")]
    public void DescribeOccurrence_of_an_overnight_span_says_it_runs_into_the_next_day(string language, string expected)
    {
        var friday = Weekly("22:00", "02:00", DayOfWeek.Friday);
        var o = new Occurrence(At("2026-11-27T22:00+01:00"), At("2026-11-28T02:00+01:00"), friday);

        Assert.Equal(expected, ScheduleWording.DescribeOccurrence(o, language, At("2026-11-27T12:00+01:00"), Copenhagen));
    }

    [Fact]
    public void DescribeOccurrence_uses_local_time_in_the_zone()
    {
        // Same instant written in UTC: the words must still say 10.00 Copenhagen time.
        var o = new Occurrence(At("2026-11-24T09:00+00:00"), At("2026-11-24T11:00+00:00"), Tuesday);

        Assert.Equal("Tirsdag 24. november kl. 10.00–12.00", ScheduleWording.DescribeOccurrence(o, "da", At("2026-11-20T09:00+01:00"), Copenhagen));
    }

    [Fact]
    public void The_sunday_dinner_in_progress_reads_as_the_issue_asks()
    {
        var sunday = MonthlyByDay("12:30", "15:00", new WeekdayRule(DayOfWeek.Sunday, 1));
        var o = new Occurrence(At("2026-12-06T12:30+01:00"), At("2026-12-06T15:00+01:00"), sunday);

        Assert.Equal("I dag, søndag 6. december, kl. 12.30–15.00 (i gang)",
            ScheduleWording.DescribeOccurrence(o, "da", At("2026-12-06T13:10+01:00"), Copenhagen));
    }

    [Theory]
    [InlineData("2026-11-30T09:00+01:00", "da", "fredag 4. december kl. 12.00")]
    [InlineData("2026-11-30T09:00+01:00", "en", "Friday 4 December, 12:00")]
    [InlineData("2026-12-03T09:00+01:00", "da", "i morgen, fredag 4. december, kl. 12.00")]
    [InlineData("2026-12-04T09:00+01:00", "da", "i dag kl. 12.00")]
    [InlineData("2026-12-04T09:00+01:00", "en", "today, 12:00")]
    public void DescribeInstant_names_the_day_and_time(string now, string language, string expected) =>
        Assert.Equal(expected, ScheduleWording.DescribeInstant(At("2026-12-04T12:00+01:00"), language, At(now), Copenhagen));

    private static Schedule Example(string rule) => rule switch
    {
        "every tuesday" => Weekly("10:00", "12:00", DayOfWeek.Tuesday),
        "every other wednesday" => Weekly("14:00", "16:00", DayOfWeek.Wednesday) with { Interval = 2, DtStart = new DateOnly(2026, 1, 7) },
        "first saturday" => MonthlyByDay("10:00", "13:00", new WeekdayRule(DayOfWeek.Saturday, 1)),
        "last friday" => MonthlyByDay("18:00", "21:00", new WeekdayRule(DayOfWeek.Friday, -1)),
        "the 15th" => MonthlyByMonthDay("19:00", "21:00", 15),
        // Listed out of order on purpose: the words put Monday first.
        "monday and thursday" => Weekly("09:30", "11:30", DayOfWeek.Thursday, DayOfWeek.Monday),
        "friday night" => Weekly("22:00", "02:00", DayOfWeek.Friday),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };
}
