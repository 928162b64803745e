using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;

namespace KioskGuide.Kiosk.Tests;

/// <summary>Small, exact offers for component tests (the demo content is tested on its own).</summary>
internal static class TestOffers
{
    public static Offer Make(
        string name,
        string town = "Åbæk",
        bool free = true,
        bool stepFree = true,
        DayOfWeek day = DayOfWeek.Tuesday,
        string[]? targetGroups = null,
        string[]? themes = null,
        string? phone = "+45 72 10 20 30") => new()
    {
        Id = Guid.NewGuid(),
        Name = name,
        Summary = $"Om {name}.",
        Organizer = new Organizer { Name = "Åbæk Frivilligcenter", ProviderType = ProviderType.VolunteerCentre },
        Locations =
        [
            new OfferLocation
            {
                Id = Guid.NewGuid(),
                Name = $"{town} Bibliotek",
                Address = new Address { Street = "Torvet 1", PostalCode = "4790", City = town },
                Town = town,
                HowToGetThere = "Bus 210 til Torvet",
                Access = new Accessibility { StepFree = stepFree, HearingLoop = true },
            },
        ],
        Schedules =
        [
            new Schedule
            {
                Freq = Frequency.Weekly,
                ByDay = [new WeekdayRule(day)],
                OpensAt = new TimeOnly(10, 0),
                ClosesAt = new TimeOnly(12, 0),
            },
        ],
        Cost = free ? new Cost { IsFree = true } : new Cost { IsFree = false, AmountDkk = 40, Description = "40 kr. inkl. kaffe" },
        HowToJoin = JoinMethod.JustShowUp,
        Contact = new Contact { Phone = phone },
        TargetGroups = targetGroups ?? [],
        Themes = themes ?? ["walking"],
    };
}
