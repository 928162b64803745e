using KioskGuide.DemoContent;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;

namespace KioskGuide.Benchmarks;

/// <summary>
/// Many realistic offers made from the demo offers, the same on every run (fixed seed): new ids,
/// varied names, towns, weekdays and times, and now and then a different price or step-free access.
/// </summary>
internal static class OfferGenerator
{
    public const int DefaultCount = 10_000;

    private const int Seed = 20_261_123;

    private static readonly string[] Suffixes =
    [
        "hold 2", "hold 3", "aften", "formiddag", "eftermiddag", "for begyndere", "for øvede",
        "weekend", "sommerhold", "vinterhold", "i Kulturhuset", "på biblioteket", "i Medborgerhuset",
    ];

    private static readonly TimeSpan[] TimeShifts =
        [TimeSpan.FromHours(-1), TimeSpan.FromMinutes(-30), TimeSpan.Zero, TimeSpan.FromMinutes(30), TimeSpan.FromHours(1)];

    /// <summary>Main town first and biggest, so that every town has its own count of offers.</summary>
    private static readonly int[] TownWeights = [34, 21, 17, 15, 13];

    public static IReadOnlyList<Offer> Generate(int count = DefaultCount)
    {
        IReadOnlyList<Offer> demo = DemoOffers.Load();
        var random = new Random(Seed);
        var offers = new List<Offer>(count);
        for (int i = 0; i < count; i++)
        {
            offers.Add(Vary(demo[i % demo.Count], random));
        }

        var ids = new HashSet<Guid>();
        if (!offers.All(o => ids.Add(o.Id) && o.Locations.All(l => ids.Add(l.Id))))
        {
            throw new InvalidOperationException("Generated offer or location ids are not unique.");
        }

        return offers;
    }

    private static Offer Vary(Offer source, Random random)
    {
        int town = WeightedTown(random);
        var locationIds = new Dictionary<Guid, Guid>();
        var locations = new List<OfferLocation>(source.Locations.Count);
        for (int j = 0; j < source.Locations.Count; j++)
        {
            OfferLocation location = source.Locations[j];
            string townName = DemoOffers.Towns[(town + j) % DemoOffers.Towns.Count];
            Guid id = NewGuid(random);
            locationIds[location.Id] = id;
            locations.Add(location with
            {
                Id = id,
                Town = townName,
                Address = location.Address with { City = townName },
                Access = random.Next(8) == 0 ? location.Access with { StepFree = !location.Access.StepFree } : location.Access,
            });
        }

        string suffix = random.Next(3) == 0 ? locations[0].Town : Suffixes[random.Next(Suffixes.Length)];
        return source with
        {
            Id = NewGuid(random),
            Name = $"{source.Name} – {suffix}",
            Locations = locations,
            Schedules = [.. source.Schedules.Select(s => Shift(s, locationIds, random))],
            Cost = random.Next(8) == 0 ? Flip(source.Cost) : source.Cost,
        };
    }

    private static int WeightedTown(Random random)
    {
        int pick = random.Next(TownWeights.Sum());
        for (int t = 0; t < TownWeights.Length; t++)
        {
            pick -= TownWeights[t];
            if (pick < 0)
            {
                return t;
            }
        }

        return 0;
    }

    /// <summary>Moves the weekdays and, when it stays within the day, the times; keeps the rule's shape.</summary>
    private static Schedule Shift(Schedule schedule, Dictionary<Guid, Guid> locationIds, Random random)
    {
        Guid? locationId = schedule.LocationId is { } old && locationIds.TryGetValue(old, out Guid renewed) ? renewed : schedule.LocationId;
        int days = random.Next(7);
        TimeSpan by = TimeShifts[random.Next(TimeShifts.Length)];
        TimeOnly opens = schedule.OpensAt.Add(by, out int opensWrapped);
        TimeOnly closes = schedule.ClosesAt.Add(by, out int closesWrapped);
        bool moveTimes = opensWrapped == 0 && closesWrapped == 0 && (closes <= opens) == schedule.IsOvernight;
        bool moveDays = days != 0 && schedule.ByDay.Count > 0;
        if (!moveTimes && !moveDays)
        {
            return schedule with { LocationId = locationId };
        }

        return schedule with
        {
            LocationId = locationId,
            ByDay = moveDays ? [.. schedule.ByDay.Select(d => d with { Day = (DayOfWeek)(((int)d.Day + days) % 7) })] : schedule.ByDay,
            OpensAt = moveTimes ? opens : schedule.OpensAt,
            ClosesAt = moveTimes ? closes : schedule.ClosesAt,
            Description = null, // the publisher's words no longer fit; the kiosk words the rule itself
        };
    }

    private static Cost Flip(Cost cost) => cost.IsFree
        ? new Cost { IsFree = false, AmountDkk = 30, Description = "30 kr. pr. gang" }
        : new Cost { IsFree = true, Description = "Gratis" };

    private static Guid NewGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4 (random)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }
}
