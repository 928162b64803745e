using KioskGuide.Domain.Offers;
namespace KioskGuide.Domain.Schedules;

/// <summary>
/// A recurring opening, modelled on HSDS <c>schedule</c> (an RFC 5545 subset). Times are local
/// wall-clock times in the offer's zone (Europe/Copenhagen), so "every Tuesday 10–12" stays 10–12
/// across daylight-saving changes. <see cref="ClosesAt"/> earlier than <see cref="OpensAt"/> means
/// the span runs past midnight into the next day.
/// </summary>
public sealed record Schedule
{
    public required Frequency Freq { get; init; }
    /// <summary>Every n-th week or month, counted from <see cref="DtStart"/> (or <see cref="ValidFrom"/>).</summary>
    public int Interval { get; init; } = 1;
    /// <summary>Weekdays; for monthly rules each may carry an ordinal (1 = first, -1 = last).</summary>
    public IReadOnlyList<WeekdayRule> ByDay { get; init; } = [];
    /// <summary>Days of the month (1–31, or -1 for the last day) for monthly rules.</summary>
    public IReadOnlyList<int> ByMonthDay { get; init; } = [];
    public required TimeOnly OpensAt { get; init; }
    public required TimeOnly ClosesAt { get; init; }
    /// <summary>Anchor for <see cref="Interval"/> &gt; 1; the first date the rule applies.</summary>
    public DateOnly? DtStart { get; init; }
    public DateOnly? ValidFrom { get; init; }
    /// <summary>Last date (inclusive) an occurrence may start on.</summary>
    public DateOnly? ValidTo { get; init; }
    /// <summary>Dates with no occurrence (holidays, summer break).</summary>
    public IReadOnlyList<DateOnly> ClosedDates { get; init; } = [];
    /// <summary>The rule in words, as the publisher wrote it; shown when the rule cannot be computed.</summary>
    public string? Description { get; init; }
    /// <summary>Which of the offer's locations this schedule is held at; null means the first.</summary>
    public Guid? LocationId { get; init; }

    /// <summary>When booking closes for each occurrence, for offers one must sign up for; null when there is no deadline.</summary>
    public BookingDeadline? BookBy { get; init; }

    /// <summary>True when the span runs past midnight.</summary>
    public bool IsOvernight => ClosesAt <= OpensAt;
}

public enum Frequency
{
    Weekly,
    Monthly,
}

/// <param name="Day">The weekday.</param>
/// <param name="Ordinal">For monthly rules: 1–5 for the n-th such weekday of the month, -1 for the last; null for every.</param>
public sealed record WeekdayRule(DayOfWeek Day, int? Ordinal = null);

/// <summary>
/// Booking for an occurrence closes <see cref="DaysBefore"/> days before its date, at the local time <see cref="At"/>:
/// "senest fredagen før kl. 12" for a Sunday is (2, 12:00). A deadline after the start is the start itself.
/// </summary>
public sealed record BookingDeadline(int DaysBefore, TimeOnly At)
{
    /// <summary>The longest lead time the profile allows (two months).</summary>
    public const int MaxDaysBefore = 62;
}
