using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Domain.Search;

namespace KioskGuide.Domain.Tests.Search;

/// <summary>
/// Minimal valid offers for search tests. Override any field with <c>with { ... }</c>, or use the
/// helpers for the fields the tests vary most.
/// </summary>
internal static class OfferBuilder
{
    public static readonly TimeZoneInfo Copenhagen = KioskTimeZone.Copenhagen;

    /// <summary>Monday 23 November 2026, 09:00 Copenhagen time (winter time, +01:00).</summary>
    public static readonly DateTimeOffset MondayMorning = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(1));

    private static int _counter;

    /// <summary>A free offer named <paramref name="name"/>: neutral summary, one location in Kildevang without step-free access, no schedule.</summary>
    public static Offer Offer(string name, string summary = "Et tilbud.", string description = "") => new()
    {
        Id = NewId(),
        Name = name,
        Summary = summary,
        Description = description,
        Organizer = new Organizer { Name = "Frivilligcentret", ProviderType = ProviderType.VolunteerCentre },
        Locations = [Location("Kildevang")],
        Cost = new Cost { IsFree = true },
        HowToJoin = JoinMethod.JustShowUp,
        Contact = new Contact { Phone = "72 10 20 30" },
    };

    public static OfferLocation Location(string town, bool stepFree = false, string name = "Medborgerhuset") => new()
    {
        Id = NewId(),
        Name = name,
        Address = new Address { Street = "Torvet 1", PostalCode = "4000", City = town },
        Town = town,
        Access = new Accessibility { StepFree = stepFree },
    };

    /// <summary>Every <paramref name="day"/> from <paramref name="opens"/> to <paramref name="closes"/> (hours).</summary>
    public static Schedule Weekly(DayOfWeek day, int opens = 10, int closes = 12) => new()
    {
        Freq = Frequency.Weekly,
        ByDay = [new WeekdayRule(day)],
        OpensAt = new TimeOnly(opens, 0),
        ClosesAt = new TimeOnly(closes, 0),
    };

    public static Offer On(this Offer offer, params Schedule[] schedules) => offer with { Schedules = schedules };

    public static OfferCatalogue Catalogue(params Offer[] offers) => new(offers, Copenhagen);

    /// <summary>Deterministic ids, so the id tie-break is predictable in tests.</summary>
    private static Guid NewId()
    {
        int n = Interlocked.Increment(ref _counter);
        return new Guid(n, 0, 0, new byte[8]);
    }
}
