using KioskGuide.DemoContent;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Feed.Mapping;

namespace KioskGuide.Sync.Benchmarks;

/// <summary>Realistic offers in any number: the demo offers repeated with their own ids and names.</summary>
internal static class OfferFactory
{
    public static List<Offer> Create(int count)
    {
        var demo = DemoOffers.Load();
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var template = demo[i % demo.Count];
            return template with
            {
                Id = StableId.Create(StableId.ProfileNamespace, "bench/" + i),
                Name = $"{template.Name} ({i / demo.Count + 1})",
                Locations = [.. template.Locations.Select(l => l with { Id = StableId.Create(l.Id, "bench/" + i) })],
                Schedules = [.. template.Schedules.Select(s => s with { LocationId = s.LocationId is { } id ? StableId.Create(id, "bench/" + i) : null })],
            };
        })];
    }
}
