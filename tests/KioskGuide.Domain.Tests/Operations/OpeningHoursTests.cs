using KioskGuide.Domain.Operations;

namespace KioskGuide.Domain.Tests.Operations;

public sealed class OpeningHoursTests
{
    // Monday–Friday 10–19, Saturday 10–14, Sunday closed; 24 December closed.
    private static readonly OpeningHours Library = new(
        new Dictionary<DayOfWeek, IReadOnlyList<(TimeOnly, TimeOnly)>>
        {
            [DayOfWeek.Monday] = OpeningHours.ParseDay("10:00-19:00"),
            [DayOfWeek.Tuesday] = OpeningHours.ParseDay("10:00-19:00"),
            [DayOfWeek.Wednesday] = OpeningHours.ParseDay("10.00-12.00, 13.00-19.00"),
            [DayOfWeek.Thursday] = OpeningHours.ParseDay("10:00-19:00"),
            [DayOfWeek.Friday] = OpeningHours.ParseDay("10:00-19:00"),
            [DayOfWeek.Saturday] = OpeningHours.ParseDay("10:00-14:00"),
            [DayOfWeek.Sunday] = OpeningHours.ParseDay("lukket"),
        },
        [new DateOnly(2026, 12, 24)]);

    [Theory]
    [InlineData("2026-12-07 09:59", false)] // Monday before opening
    [InlineData("2026-12-07 10:00", true)]
    [InlineData("2026-12-07 18:59", true)]
    [InlineData("2026-12-07 19:00", false)]
    [InlineData("2026-12-09 12:30", false)] // Wednesday lunch
    [InlineData("2026-12-13 11:00", false)] // Sunday
    [InlineData("2026-12-24 11:00", false)] // closing day
    public void Open_within_the_day_s_spans_and_never_on_a_closing_day(string at, bool open)
    {
        Assert.Equal(open, Library.IsOpen(DateTime.Parse(at, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2026-12-07 20:00", "2026-12-08 10:00")]
    [InlineData("2026-12-09 12:30", "2026-12-09 13:00")]
    [InlineData("2026-12-12 15:00", "2026-12-14 10:00")] // Saturday afternoon: Monday, over the closed Sunday
    [InlineData("2026-12-23 19:30", "2026-12-25 10:00")] // over the closing day
    public void The_next_opening_skips_closed_days(string at, string next)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        Assert.Equal(DateTime.Parse(next, culture), Library.NextOpening(DateTime.Parse(at, culture)));
    }

    [Fact]
    public void An_en_dash_reads_as_a_hyphen()
    {
        Assert.Equal([(new TimeOnly(10, 0), new TimeOnly(19, 0))], OpeningHours.ParseDay("10:00–19:00"));
    }

    [Fact]
    public void No_hours_means_always_open()
    {
        Assert.True(OpeningHours.AlwaysOpen.IsOpen(new DateTime(2026, 12, 24, 3, 0, 0)));
    }

    [Theory]
    [InlineData("10-19")]
    [InlineData("19:00-10:00")]
    [InlineData("10:00-19:00-20:00")]
    public void A_span_that_cannot_be_read_is_a_format_error_naming_it(string text)
    {
        var error = Assert.Throws<FormatException>(() => OpeningHours.ParseDay(text));
        Assert.Contains(text, error.Message, StringComparison.Ordinal);
    }
}
