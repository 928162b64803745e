using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using Microsoft.Extensions.Time.Testing;
using static KioskGuide.Domain.Tests.Schedules.ScheduleTestKit;

namespace KioskGuide.Domain.Tests.Schedules;

public class ScheduleCalculatorTests
{
    private static string[] Next(Schedule s, string from, int count) =>
        Spans(ScheduleCalculator.Occurrences(s, At(from), Copenhagen).Take(count));

    // ---- Weekly rules and daylight saving ----

    [Fact]
    public void Weekly_across_spring_change_stays_at_10_local_and_offset_becomes_plus_two()
    {
        var tuesday = Weekly("10:00", "12:00", DayOfWeek.Tuesday);

        Assert.Equal(
            [
                "2026-03-24T10:00+01:00 → 2026-03-24T12:00+01:00",
                "2026-03-31T10:00+02:00 → 2026-03-31T12:00+02:00",
                "2026-04-07T10:00+02:00 → 2026-04-07T12:00+02:00",
            ],
            Next(tuesday, "2026-03-20T12:00+01:00", 3));
    }

    [Fact]
    public void Weekly_across_autumn_change_stays_at_10_local_and_offset_becomes_plus_one()
    {
        var tuesday = Weekly("10:00", "12:00", DayOfWeek.Tuesday);

        Assert.Equal(
            [
                "2026-10-20T10:00+02:00 → 2026-10-20T12:00+02:00",
                "2026-10-27T10:00+01:00 → 2026-10-27T12:00+01:00",
                "2026-11-03T10:00+01:00 → 2026-11-03T12:00+01:00",
            ],
            Next(tuesday, "2026-10-16T12:00+02:00", 3));
    }

    [Fact]
    public void Time_in_the_spring_gap_moves_forward_by_the_gap()
    {
        var sunday = Weekly("02:30", "04:00", DayOfWeek.Sunday);

        Assert.Equal(
            [
                "2026-03-22T02:30+01:00 → 2026-03-22T04:00+01:00",
                "2026-03-29T03:30+02:00 → 2026-03-29T04:00+02:00",
                "2026-04-05T02:30+02:00 → 2026-04-05T04:00+02:00",
            ],
            Next(sunday, "2026-03-21T12:00+01:00", 3));
    }

    [Fact]
    public void Ambiguous_autumn_time_takes_the_first_summer_time_instant()
    {
        var sunday = Weekly("02:30", "04:00", DayOfWeek.Sunday);

        var next = ScheduleCalculator.Occurrences(sunday, At("2026-10-24T12:00+02:00"), Copenhagen).Take(2).ToList();

        Assert.Equal(
            [
                "2026-10-25T02:30+02:00 → 2026-10-25T04:00+01:00",
                "2026-11-01T02:30+01:00 → 2026-11-01T04:00+01:00",
            ],
            Spans(next));
        Assert.Equal(TimeSpan.FromHours(2.5), next[0].End - next[0].Start);
    }

    [Fact]
    public void Occurrence_in_progress_is_included_and_one_just_ended_is_not()
    {
        var tuesday = Weekly("10:00", "12:00", DayOfWeek.Tuesday);

        Assert.Equal(["2026-03-24T10:00+01:00 → 2026-03-24T12:00+01:00"], Next(tuesday, "2026-03-24T11:59+01:00", 1));
        Assert.Equal(["2026-03-31T10:00+02:00 → 2026-03-31T12:00+02:00"], Next(tuesday, "2026-03-24T12:00+01:00", 1));
    }

    [Fact]
    public void Now_from_a_time_provider_in_utc_is_compared_as_an_instant()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 24, 10, 30, 0, TimeSpan.Zero)); // 11:30 in Copenhagen
        var tuesday = Weekly("10:00", "12:00", DayOfWeek.Tuesday);

        var ongoing = ScheduleCalculator.Occurrences(tuesday, clock.GetUtcNow(), Copenhagen).First();
        clock.Advance(TimeSpan.FromHours(1)); // 12:30 in Copenhagen: over
        var after = ScheduleCalculator.Occurrences(tuesday, clock.GetUtcNow(), Copenhagen).First();

        Assert.Equal("2026-03-24T10:00+01:00", Iso(ongoing.Start));
        Assert.Equal("2026-03-31T10:00+02:00", Iso(after.Start));
    }

    [Fact]
    public void Several_weekdays_come_in_date_order_whatever_order_they_are_listed_in()
    {
        var s = Weekly("09:30", "11:30", DayOfWeek.Thursday, DayOfWeek.Monday);

        Assert.Equal(
            [
                "2026-01-01T09:30+01:00 → 2026-01-01T11:30+01:00",
                "2026-01-05T09:30+01:00 → 2026-01-05T11:30+01:00",
                "2026-01-08T09:30+01:00 → 2026-01-08T11:30+01:00",
                "2026-01-12T09:30+01:00 → 2026-01-12T11:30+01:00",
            ],
            Next(s, "2026-01-01T00:00+01:00", 4));
    }

    [Fact]
    public void Whole_day_00_00_to_23_59_is_a_same_day_span()
    {
        var s = Weekly("00:00", "23:59", DayOfWeek.Tuesday);

        Assert.Equal(["2026-03-24T00:00+01:00 → 2026-03-24T23:59+01:00"], Next(s, "2026-03-24T15:00+01:00", 1));
    }

    // ---- Intervals ----

    [Fact]
    public void Every_other_week_counts_from_DtStart()
    {
        var s = Weekly("10:00", "12:00", DayOfWeek.Tuesday) with { Interval = 2, DtStart = new DateOnly(2026, 1, 6) };

        Assert.Equal(
            [
                "2026-01-06T10:00+01:00 → 2026-01-06T12:00+01:00",
                "2026-01-20T10:00+01:00 → 2026-01-20T12:00+01:00",
                "2026-02-03T10:00+01:00 → 2026-02-03T12:00+01:00",
            ],
            Next(s, "2026-01-01T00:00+01:00", 3));
    }

    [Fact]
    public void Every_other_week_far_from_DtStart_keeps_the_rhythm()
    {
        var s = Weekly("10:00", "12:00", DayOfWeek.Tuesday) with { Interval = 2, DtStart = new DateOnly(2026, 1, 6) };

        Assert.Equal(
            [
                "2026-06-09T10:00+02:00 → 2026-06-09T12:00+02:00",
                "2026-06-23T10:00+02:00 → 2026-06-23T12:00+02:00",
            ],
            Next(s, "2026-06-08T00:00+02:00", 2));
    }

    [Fact]
    public void DtStart_mid_week_counts_its_week_but_nothing_before_it()
    {
        // DtStart is a Wednesday: the Tuesday the day before is in week 0 but before the rule starts.
        var s = Weekly("10:00", "12:00", DayOfWeek.Tuesday) with { Interval = 2, DtStart = new DateOnly(2026, 1, 7) };

        Assert.Equal(
            [
                "2026-01-20T10:00+01:00 → 2026-01-20T12:00+01:00",
                "2026-02-03T10:00+01:00 → 2026-02-03T12:00+01:00",
            ],
            Next(s, "2026-01-01T00:00+01:00", 2));
    }

    [Fact]
    public void Every_other_week_without_anchor_counts_from_the_week_of_1_January_2024()
    {
        var s = Weekly("10:00", "12:00", DayOfWeek.Monday) with { Interval = 2 };

        Assert.Equal(
            [
                "2026-01-12T10:00+01:00 → 2026-01-12T12:00+01:00",
                "2026-01-26T10:00+01:00 → 2026-01-26T12:00+01:00",
            ],
            Next(s, "2026-01-06T00:00+01:00", 2));
    }

    [Fact]
    public void Monthly_interval_2_counts_months_from_DtStart()
    {
        var s = MonthlyByDay("10:00", "13:00", new WeekdayRule(DayOfWeek.Saturday, 1))
            with { Interval = 2, DtStart = new DateOnly(2026, 1, 1) };

        Assert.Equal(
            [
                "2026-01-03T10:00+01:00 → 2026-01-03T13:00+01:00",
                "2026-03-07T10:00+01:00 → 2026-03-07T13:00+01:00",
                "2026-05-02T10:00+02:00 → 2026-05-02T13:00+02:00",
            ],
            Next(s, "2026-01-01T00:00+01:00", 3));
        // Asked in an off month, the next is still on the DtStart rhythm.
        Assert.Equal(["2026-03-07T10:00+01:00 → 2026-03-07T13:00+01:00"], Next(s, "2026-02-10T00:00+01:00", 1));
    }

    [Fact]
    public void Monthly_interval_2_counts_from_ValidFrom_month_and_skips_dates_before_it()
    {
        // February is month 0, but its first Saturday (7th) is before ValidFrom.
        var s = MonthlyByDay("10:00", "13:00", new WeekdayRule(DayOfWeek.Saturday, 1))
            with { Interval = 2, ValidFrom = new DateOnly(2026, 2, 15) };

        Assert.Equal(
            [
                "2026-04-04T10:00+02:00 → 2026-04-04T13:00+02:00",
                "2026-06-06T10:00+02:00 → 2026-06-06T13:00+02:00",
            ],
            Next(s, "2026-01-01T00:00+01:00", 2));
    }

    // ---- Monthly rules ----

    [Fact]
    public void First_Saturday_of_the_month()
    {
        var s = MonthlyByDay("10:00", "13:00", new WeekdayRule(DayOfWeek.Saturday, 1));

        Assert.Equal(
            [
                "2026-01-03T10:00+01:00 → 2026-01-03T13:00+01:00",
                "2026-02-07T10:00+01:00 → 2026-02-07T13:00+01:00",
                "2026-03-07T10:00+01:00 → 2026-03-07T13:00+01:00",
                "2026-04-04T10:00+02:00 → 2026-04-04T13:00+02:00",
            ],
            Next(s, "2026-01-01T00:00+01:00", 4));
    }

    [Fact]
    public void Last_Friday_of_the_month()
    {
        var s = MonthlyByDay("18:00", "21:00", new WeekdayRule(DayOfWeek.Friday, -1));

        Assert.Equal(
            [
                "2026-01-30T18:00+01:00 → 2026-01-30T21:00+01:00",
                "2026-02-27T18:00+01:00 → 2026-02-27T21:00+01:00",
                "2026-03-27T18:00+01:00 → 2026-03-27T21:00+01:00",
                "2026-04-24T18:00+02:00 → 2026-04-24T21:00+02:00",
            ],
            Next(s, "2026-01-01T00:00+01:00", 4));
    }

    [Fact]
    public void Fifth_Monday_skips_months_without_one()
    {
        var s = MonthlyByDay("10:00", "12:00", new WeekdayRule(DayOfWeek.Monday, 5));

        Assert.Equal(
            [
                "2026-03-30T10:00+02:00 → 2026-03-30T12:00+02:00",
                "2026-06-29T10:00+02:00 → 2026-06-29T12:00+02:00",
                "2026-08-31T10:00+02:00 → 2026-08-31T12:00+02:00",
                "2026-11-30T10:00+01:00 → 2026-11-30T12:00+01:00",
            ],
            Next(s, "2026-01-01T00:00+01:00", 4));
    }

    [Fact]
    public void Weekday_without_ordinal_in_a_monthly_rule_means_every_such_day()
    {
        var s = MonthlyByDay("10:00", "12:00", new WeekdayRule(DayOfWeek.Tuesday));

        Assert.Equal(
            [
                "2026-02-03T10:00+01:00 → 2026-02-03T12:00+01:00",
                "2026-02-10T10:00+01:00 → 2026-02-10T12:00+01:00",
                "2026-02-17T10:00+01:00 → 2026-02-17T12:00+01:00",
                "2026-02-24T10:00+01:00 → 2026-02-24T12:00+01:00",
                "2026-03-03T10:00+01:00 → 2026-03-03T12:00+01:00",
            ],
            Next(s, "2026-02-01T00:00+01:00", 5));
    }

    [Fact]
    public void Month_day_31_skips_shorter_months()
    {
        var s = MonthlyByMonthDay("19:00", "21:00", 31);

        Assert.Equal(
            [
                "2026-01-31T19:00+01:00 → 2026-01-31T21:00+01:00",
                "2026-03-31T19:00+02:00 → 2026-03-31T21:00+02:00",
                "2026-05-31T19:00+02:00 → 2026-05-31T21:00+02:00",
                "2026-07-31T19:00+02:00 → 2026-07-31T21:00+02:00",
            ],
            Next(s, "2026-01-01T00:00+01:00", 4));
    }

    [Fact]
    public void Month_day_minus_1_is_the_last_day_of_every_month()
    {
        var s = MonthlyByMonthDay("19:00", "21:00", -1);

        Assert.Equal(
            [
                "2026-01-31T19:00+01:00 → 2026-01-31T21:00+01:00",
                "2026-02-28T19:00+01:00 → 2026-02-28T21:00+01:00",
                "2026-03-31T19:00+02:00 → 2026-03-31T21:00+02:00",
                "2026-04-30T19:00+02:00 → 2026-04-30T21:00+02:00",
            ],
            Next(s, "2026-01-01T00:00+01:00", 4));
        Assert.Equal(["2028-02-29T19:00+01:00 → 2028-02-29T21:00+01:00"], Next(s, "2028-02-01T00:00+01:00", 1));
    }

    [Fact]
    public void Month_day_and_weekday_together_give_each_date_once_in_order()
    {
        // The 15th of March 2026 is a Sunday, so "15th" and "third Sunday" coincide there.
        var s = MonthlyByDay("10:00", "12:00", new WeekdayRule(DayOfWeek.Sunday, 3)) with { ByMonthDay = [1, 15] };

        Assert.Equal(
            [
                "2026-03-01T10:00+01:00 → 2026-03-01T12:00+01:00",
                "2026-03-15T10:00+01:00 → 2026-03-15T12:00+01:00",
                "2026-04-01T10:00+02:00 → 2026-04-01T12:00+02:00",
                "2026-04-15T10:00+02:00 → 2026-04-15T12:00+02:00",
                "2026-04-19T10:00+02:00 → 2026-04-19T12:00+02:00",
            ],
            Next(s, "2026-02-28T00:00+01:00", 5));
    }

    // ---- Overnight spans ----

    [Fact]
    public void Overnight_span_ends_the_next_day()
    {
        var friday = Weekly("22:00", "02:00", DayOfWeek.Friday);

        Assert.Equal(["2026-01-09T22:00+01:00 → 2026-01-10T02:00+01:00"], Next(friday, "2026-01-08T12:00+01:00", 1));
    }

    [Fact]
    public void Overnight_span_in_progress_after_midnight_is_the_next_occurrence()
    {
        var friday = Weekly("22:00", "02:00", DayOfWeek.Friday);
        var now = At("2026-01-10T01:00+01:00");

        var next = ScheduleCalculator.NextOccurrences(ScheduleTestKit.OfferWith(friday), now, Copenhagen);

        Assert.Equal(
            [
                "2026-01-09T22:00+01:00 → 2026-01-10T02:00+01:00",
                "2026-01-16T22:00+01:00 → 2026-01-17T02:00+01:00",
                "2026-01-23T22:00+01:00 → 2026-01-24T02:00+01:00",
            ],
            Spans(next));
        Assert.True(next[0].IsOngoingAt(now));
    }

    [Fact]
    public void Overnight_to_02_00_on_the_autumn_night_ends_at_the_first_02_00()
    {
        // 02:00 happens twice that night; like every ambiguous time it means the first (summer-time) one,
        // so the real duration equals the wall-clock duration.
        var saturday = Weekly("22:00", "02:00", DayOfWeek.Saturday);

        var o = ScheduleCalculator.Occurrences(saturday, At("2026-10-24T12:00+02:00"), Copenhagen).First();

        Assert.Equal("2026-10-24T22:00+02:00 → 2026-10-25T02:00+02:00", $"{Iso(o.Start)} → {Iso(o.End)}");
        Assert.Equal(TimeSpan.FromHours(4), o.End - o.Start);
    }

    [Fact]
    public void Overnight_past_the_autumn_change_lasts_an_hour_longer_than_on_the_clock()
    {
        var saturday = Weekly("22:00", "04:00", DayOfWeek.Saturday);

        var o = ScheduleCalculator.Occurrences(saturday, At("2026-10-24T12:00+02:00"), Copenhagen).First();

        Assert.Equal("2026-10-24T22:00+02:00 → 2026-10-25T04:00+01:00", $"{Iso(o.Start)} → {Iso(o.End)}");
        Assert.Equal(TimeSpan.FromHours(7), o.End - o.Start);
    }

    [Fact]
    public void Overnight_past_the_spring_change_lasts_an_hour_less_than_on_the_clock()
    {
        var saturday = Weekly("22:00", "04:00", DayOfWeek.Saturday);

        var o = ScheduleCalculator.Occurrences(saturday, At("2026-03-28T12:00+01:00"), Copenhagen).First();

        Assert.Equal("2026-03-28T22:00+01:00 → 2026-03-29T04:00+02:00", $"{Iso(o.Start)} → {Iso(o.End)}");
        Assert.Equal(TimeSpan.FromHours(5), o.End - o.Start);
    }

    [Fact]
    public void Overnight_ending_inside_the_spring_gap_ends_after_the_gap()
    {
        var saturday = Weekly("22:00", "02:00", DayOfWeek.Saturday);

        var o = ScheduleCalculator.Occurrences(saturday, At("2026-03-28T12:00+01:00"), Copenhagen).First();

        Assert.Equal("2026-03-28T22:00+01:00 → 2026-03-29T03:00+02:00", $"{Iso(o.Start)} → {Iso(o.End)}");
        Assert.Equal(TimeSpan.FromHours(4), o.End - o.Start);
    }

    // ---- Validity window and closed dates ----

    [Fact]
    public void ValidFrom_ValidTo_and_closed_dates_limit_the_occurrences()
    {
        var s = Weekly("10:00", "12:00", DayOfWeek.Tuesday) with
        {
            ValidFrom = new DateOnly(2026, 2, 1),
            ValidTo = new DateOnly(2026, 2, 17), // a Tuesday: inclusive
            ClosedDates = [new DateOnly(2026, 2, 10)],
        };

        var all = ScheduleCalculator.Occurrences(s, At("2026-01-01T00:00+01:00"), Copenhagen).ToList();

        Assert.Equal(
            [
                "2026-02-03T10:00+01:00 → 2026-02-03T12:00+01:00",
                "2026-02-17T10:00+01:00 → 2026-02-17T12:00+01:00",
            ],
            Spans(all));
    }

    [Fact]
    public void Closed_date_is_the_date_an_overnight_occurrence_starts_on()
    {
        var friday = Weekly("22:00", "02:00", DayOfWeek.Friday) with { ClosedDates = [new DateOnly(2026, 1, 10)] };

        // 10 January is the Saturday the 9 January occurrence ends on, so it does not close it.
        Assert.Equal(["2026-01-09T22:00+01:00 → 2026-01-10T02:00+01:00"], Next(friday, "2026-01-08T12:00+01:00", 1));
    }

    [Fact]
    public async Task Schedule_that_has_ended_yields_nothing()
    {
        var s = Weekly("10:00", "12:00", DayOfWeek.Tuesday) with { ValidTo = new DateOnly(2025, 12, 31) };

        var all = await Task.Run(() => ScheduleCalculator.Occurrences(s, At("2026-01-01T00:00+01:00"), Copenhagen).ToList())
            .WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Empty(all);
    }

    [Fact]
    public async Task Rule_that_never_matches_stops_scanning()
    {
        // Every 12th month from April: never a 31st. Without a horizon this would loop forever.
        var s = MonthlyByMonthDay("10:00", "12:00", 31) with { Interval = 12, DtStart = new DateOnly(2026, 4, 1) };

        var all = await Task.Run(() => ScheduleCalculator.Occurrences(s, At("2026-01-01T00:00+01:00"), Copenhagen).ToList())
            .WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Empty(all);
    }

    [Fact]
    public async Task Open_ended_rule_stops_after_about_three_years()
    {
        var s = Weekly("10:00", "12:00", DayOfWeek.Tuesday);

        var all = await Task.Run(() => ScheduleCalculator.Occurrences(s, At("2026-01-01T00:00+01:00"), Copenhagen).ToList())
            .WaitAsync(TimeSpan.FromSeconds(10));

        Assert.InRange(all.Count, 150, 160);
        Assert.True(all[^1].Start < At("2029-01-02T00:00+01:00"));
    }

    [Theory]
    [InlineData(Frequency.Weekly)]
    [InlineData(Frequency.Monthly)]
    public async Task Huge_interval_does_not_overflow_or_hang(Frequency freq)
    {
        var s = new Schedule
        {
            Freq = freq,
            Interval = int.MaxValue,
            ByDay = [new WeekdayRule(DayOfWeek.Tuesday)],
            OpensAt = T("10:00"),
            ClosesAt = T("12:00"),
            DtStart = new DateOnly(2026, 1, 5),
        };

        var all = await Task.Run(() => ScheduleCalculator.Occurrences(s, At("2026-01-01T00:00+01:00"), Copenhagen).ToList())
            .WaitAsync(TimeSpan.FromSeconds(10));

        // Only the anchor's own week/month is on the interval.
        Assert.Equal("2026-01-06T10:00+01:00", Iso(all[0].Start));
        Assert.True(all.Count <= 4);
    }

    [Fact]
    public void Extreme_dates_do_not_throw()
    {
        var tuesday = Weekly("10:00", "12:00", DayOfWeek.Tuesday);
        var farFuture = tuesday with { ValidFrom = new DateOnly(9999, 12, 1) };

        var fromTheStart = ScheduleCalculator.Occurrences(tuesday, DateTimeOffset.MinValue, Copenhagen).First();
        var atTheEnd = ScheduleCalculator.Occurrences(farFuture, At("2026-01-01T00:00+01:00"), Copenhagen).ToList();

        Assert.Equal(new DateTime(1, 1, 2, 10, 0, 0), fromTheStart.Start.DateTime);
        Assert.Equal(4, atTheEnd.Count); // 7, 14, 21 and 28 December 9999
    }

    [Fact]
    public void Zone_is_honoured_even_for_a_date_already_worked_out_for_another_zone()
    {
        var tuesday = Weekly("10:00", "12:00", DayOfWeek.Tuesday);
        var from = At("2026-02-01T00:00+01:00");

        var copenhagen = ScheduleCalculator.Occurrences(tuesday, from, Copenhagen).First();
        var utc = ScheduleCalculator.Occurrences(tuesday, from, TimeZoneInfo.Utc).First();
        var copenhagenAgain = ScheduleCalculator.Occurrences(tuesday, from, Copenhagen).First();

        Assert.Equal("2026-02-03T10:00+01:00", Iso(copenhagen.Start));
        Assert.Equal("2026-02-03T10:00+00:00", Iso(utc.Start));
        Assert.Equal("2026-02-03T10:00+01:00", Iso(copenhagenAgain.Start));
    }

    // ---- Validity ----

    public static TheoryData<string, string> InvalidRules => new()
    {
        { "interval 0", "Interval" },
        { "weekly without days", "weekday" },
        { "monthly without days", "monthly rule needs" },
        { "ordinal 0", "ordinal" },
        { "ordinal 6", "ordinal" },
        { "ordinal -2", "ordinal" },
        { "month day 0", "day of the month" },
        { "month day 32", "day of the month" },
        { "month day -2", "day of the month" },
        { "weekly with ordinal", "weekly rule cannot have ordinals" },
        { "ValidTo before ValidFrom", "ValidTo" },
        { "opens equals closes", "same" },
    };

    [Theory]
    [MemberData(nameof(InvalidRules))]
    public async Task Invalid_rule_is_reported_and_yields_nothing(string rule, string expectedInProblem)
    {
        var s = InvalidSchedule(rule);

        bool valid = ScheduleCalculator.IsValid(s, out string? problem);
        var all = await Task.Run(() => ScheduleCalculator.Occurrences(s, At("2026-01-01T00:00+01:00"), Copenhagen).ToList())
            .WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(valid);
        Assert.Contains(expectedInProblem, problem, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(all);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    public void Edge_values_that_are_allowed_are_valid(int value)
    {
        var byOrdinal = MonthlyByDay("10:00", "12:00", new WeekdayRule(DayOfWeek.Monday, value));
        var byMonthDay = MonthlyByMonthDay("10:00", "12:00", value == 5 ? 31 : -1);
        var overnight = Weekly("22:00", "02:00", DayOfWeek.Friday) with { ValidFrom = new DateOnly(2026, 1, 1), ValidTo = new DateOnly(2026, 1, 1) };

        Assert.True(ScheduleCalculator.IsValid(byOrdinal, out string? p1), p1);
        Assert.True(ScheduleCalculator.IsValid(byMonthDay, out string? p2), p2);
        Assert.True(ScheduleCalculator.IsValid(overnight, out string? p3), p3);
        Assert.Null(p1);
    }

    private static Schedule InvalidSchedule(string rule)
    {
        var weekly = Weekly("10:00", "12:00", DayOfWeek.Tuesday);
        var monthly = MonthlyByDay("10:00", "12:00", new WeekdayRule(DayOfWeek.Tuesday, 1));
        return rule switch
        {
            "interval 0" => weekly with { Interval = 0 },
            "weekly without days" => weekly with { ByDay = [] },
            "monthly without days" => monthly with { ByDay = [] },
            "ordinal 0" => monthly with { ByDay = [new WeekdayRule(DayOfWeek.Tuesday, 0)] },
            "ordinal 6" => monthly with { ByDay = [new WeekdayRule(DayOfWeek.Tuesday, 6)] },
            "ordinal -2" => monthly with { ByDay = [new WeekdayRule(DayOfWeek.Tuesday, -2)] },
            "month day 0" => MonthlyByMonthDay("10:00", "12:00", 0),
            "month day 32" => MonthlyByMonthDay("10:00", "12:00", 32),
            "month day -2" => MonthlyByMonthDay("10:00", "12:00", -2),
            "weekly with ordinal" => weekly with { ByDay = [new WeekdayRule(DayOfWeek.Tuesday, 1)] },
            "ValidTo before ValidFrom" => weekly with { ValidFrom = new DateOnly(2026, 2, 1), ValidTo = new DateOnly(2026, 1, 31) },
            "opens equals closes" => weekly with { ClosesAt = T("10:00") },
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
        };
    }

    // ---- Several schedules ----

    [Fact]
    public void NextOccurrences_merges_schedules_in_start_order()
    {
        var offer = ScheduleTestKit.OfferWith(
            Weekly("14:00", "16:00", DayOfWeek.Thursday),
            Weekly("10:00", "12:00", DayOfWeek.Tuesday));

        var next = ScheduleCalculator.NextOccurrences(offer, At("2026-03-23T12:00+01:00"), Copenhagen);

        Assert.Equal(
            [
                "2026-03-24T10:00+01:00 → 2026-03-24T12:00+01:00",
                "2026-03-26T14:00+01:00 → 2026-03-26T16:00+01:00",
                "2026-03-31T10:00+02:00 → 2026-03-31T12:00+02:00",
            ],
            Spans(next));
    }

    [Fact]
    public void NextOccurrences_drops_identical_occurrences_and_skips_invalid_schedules()
    {
        var tuesday = Weekly("10:00", "12:00", DayOfWeek.Tuesday);
        var firstTuesday = MonthlyByDay("10:00", "12:00", new WeekdayRule(DayOfWeek.Tuesday, 1));
        var invalid = tuesday with { Interval = 0 };
        var offer = ScheduleTestKit.OfferWith(tuesday, invalid, firstTuesday, tuesday);

        var next = ScheduleCalculator.NextOccurrences(offer, At("2026-03-30T12:00+02:00"), Copenhagen, count: 4);

        Assert.Equal(
            [
                "2026-03-31T10:00+02:00 → 2026-03-31T12:00+02:00",
                "2026-04-07T10:00+02:00 → 2026-04-07T12:00+02:00",
                "2026-04-14T10:00+02:00 → 2026-04-14T12:00+02:00",
                "2026-04-21T10:00+02:00 → 2026-04-21T12:00+02:00",
            ],
            Spans(next));
    }

    [Fact]
    public void NextOccurrences_of_an_offer_without_schedules_is_empty()
    {
        Assert.Empty(ScheduleCalculator.NextOccurrences(ScheduleTestKit.OfferWith(), At("2026-03-30T12:00+02:00"), Copenhagen));
    }
}
