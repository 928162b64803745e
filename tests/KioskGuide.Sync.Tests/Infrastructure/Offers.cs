using KioskGuide.DemoContent;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;

namespace KioskGuide.Sync.Tests.Infrastructure;

/// <summary>Demo offers to publish in tests.</summary>
public static class Offers
{
    private static readonly IReadOnlyList<Offer> Demo = DemoOffers.Load();

    public static Offer A => Demo[0];
    public static Offer B => Demo[1];
    public static Offer C => Demo[2];
    public static Offer D => Demo[3];
    public static Offer E => Demo[4];

    public static Offer Get(int index) => Demo[index];

    public static IReadOnlyList<Offer> All => Demo;

    public static string Names(this Domain.Search.OfferCatalogue catalogue) =>
        string.Join(" | ", catalogue.Offers.Select(o => o.Name).Order(StringComparer.Ordinal));
}
