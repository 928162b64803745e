using KioskGuide.Domain.Offers;
namespace KioskGuide.Domain.Schedules;

/// <summary>One concrete time an offer takes place: start and end as instants with their local offset.</summary>
public sealed record Occurrence(DateTimeOffset Start, DateTimeOffset End, Schedule Schedule)
{
    /// <summary>True when the occurrence has started but not yet ended at <paramref name="now"/>.</summary>
    public bool IsOngoingAt(DateTimeOffset now) => Start <= now && now < End;
}
