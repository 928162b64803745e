using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Domain.Search;
using KioskGuide.Kiosk.Configuration;
using KioskGuide.Kiosk.Content;
using KioskGuide.Kiosk.Localization;
using KioskGuide.Kiosk.Demand;
using KioskGuide.Kiosk.Session;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KioskGuide.Kiosk.Tests;

/// <summary>A bunit context with the kiosk's services, a fixed clock (Monday 23 Nov 2026 09:00) and given offers.</summary>
public abstract class KioskComponentTest : BunitContext
{
    protected static readonly DateTimeOffset Monday9 = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(1));

    protected KioskComponentTest()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddSingleton(Options.Create(new KioskOptions()));
        Services.AddSingleton(Catalogues);
        Services.AddKioskLocalization();
        Services.AddScoped<KioskSession>();
        Services.AddScoped<IdleMonitor>();
        Services.AddSingleton(Options.Create(new DemandOptions()));
        Services.AddSingleton<DemandCounter>();
        Services.AddScoped<DemandVisit>();
    }

    protected FakeTimeProvider Clock { get; } = new(Monday9);

    protected CatalogueProvider Catalogues { get; } = new();

    protected KioskSession Session => Services.GetRequiredService<KioskSession>();

    protected void UseOffers(params Offer[] offers) =>
        Catalogues.Replace(new OfferCatalogue(offers, KioskTimeZone.Copenhagen));
}
