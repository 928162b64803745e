using System.Globalization;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;

namespace KioskGuide.Domain.Tests.Schedules;

/// <summary>Small builders and formatters shared by the schedule tests.</summary>
internal static class ScheduleTestKit
{
    public static TimeZoneInfo Copenhagen => KioskTimeZone.Copenhagen;

    /// <summary>Parses "2026-03-31T10:00+02:00".</summary>
    public static DateTimeOffset At(string iso) =>
        DateTimeOffset.ParseExact(iso, "yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats an instant with its offset, so a comparison also checks the offset
    /// (DateTimeOffset equality alone compares only the instant).
    /// </summary>
    public static string Iso(DateTimeOffset t) =>
        t.ToString(t.Ticks % TimeSpan.TicksPerMinute == 0 ? "yyyy-MM-dd'T'HH:mmzzz" : "O", CultureInfo.InvariantCulture);

    /// <summary>"start → end" for each occurrence, offsets included.</summary>
    public static string[] Spans(IEnumerable<Occurrence> occurrences) =>
        occurrences.Select(o => $"{Iso(o.Start)} → {Iso(o.End)}").ToArray();

    public static TimeOnly T(string hhmm) => TimeOnly.ParseExact(hhmm, "HH:mm", CultureInfo.InvariantCulture);

    public static Schedule Weekly(string opens, string closes, params DayOfWeek[] days) => new()
    {
        Freq = Frequency.Weekly,
        ByDay = days.Select(d => new WeekdayRule(d)).ToArray(),
        OpensAt = T(opens),
        ClosesAt = T(closes),
    };

    public static Schedule MonthlyByDay(string opens, string closes, params WeekdayRule[] days) => new()
    {
        Freq = Frequency.Monthly,
        ByDay = days,
        OpensAt = T(opens),
        ClosesAt = T(closes),
    };

    public static Schedule MonthlyByMonthDay(string opens, string closes, params int[] monthDays) => new()
    {
        Freq = Frequency.Monthly,
        ByMonthDay = monthDays,
        OpensAt = T(opens),
        ClosesAt = T(closes),
    };

    public static Offer OfferWith(params Schedule[] schedules) => new()
    {
        Id = Guid.Parse("6f1c7a52-0000-4000-8000-000000000001"),
        Name = "Strikkecafé",
        Summary = "Vi strikker og drikker kaffe.",
        Organizer = new Organizer { Name = "Kildevang Bibliotek", ProviderType = ProviderType.Municipality },
        Locations = [],
        Schedules = schedules,
        Cost = new Cost { IsFree = true },
        HowToJoin = JoinMethod.JustShowUp,
        Contact = new Contact(),
    };
}
