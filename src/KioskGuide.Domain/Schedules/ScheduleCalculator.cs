namespace KioskGuide.Domain.Offers;

/// <summary>Expands schedules into concrete occurrences in the offer's time zone.</summary>
public static class ScheduleCalculator
{
    /// <summary>
    /// Occurrences of one schedule whose end is after <paramref name="from"/>, in start order, lazily.
    /// An invalid schedule yields nothing.
    /// </summary>
    public static IEnumerable<Occurrence> Occurrences(Schedule schedule, DateTimeOffset from, TimeZoneInfo zone)
        => throw new NotImplementedException();

    /// <summary>The next <paramref name="count"/> occurrences over all of an offer's schedules, ongoing ones included.</summary>
    public static IReadOnlyList<Occurrence> NextOccurrences(Offer offer, DateTimeOffset now, TimeZoneInfo zone, int count = 3)
        => throw new NotImplementedException();

    /// <summary>True when the schedule's fields make sense; otherwise <paramref name="problem"/> says why.</summary>
    public static bool IsValid(Schedule schedule, out string? problem)
        => throw new NotImplementedException();
}
