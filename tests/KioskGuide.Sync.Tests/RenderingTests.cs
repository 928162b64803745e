using Bunit;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Domain.Search;
using KioskGuide.Feed.Decoding;
using KioskGuide.Feed.Mapping;
using KioskGuide.Kiosk.Components.Offers;
using KioskGuide.Kiosk.Configuration;
using KioskGuide.Kiosk.Content;
using KioskGuide.Kiosk.Demand;
using KioskGuide.Kiosk.Localization;
using KioskGuide.Kiosk.Session;
using KioskGuide.Sync.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KioskGuide.Sync.Tests;

/// <summary>Markup from a feed reaches the screen as text: Blazor encodes it, nothing runs.</summary>
public sealed class RenderingTests : BunitContext
{
    [Fact]
    public void Html_and_script_from_the_feed_are_shown_as_text_on_the_offer_screen()
    {
        var service = OfferToHsds.Write(Offers.A);
        service["name"] = "Strik <b>nu</b>";
        service["description"] = "Kom <script>alert('x')</script>\n\n<img src=x onerror=alert(1)> og <a href=\"javascript:alert(2)\">klik</a>";
        var decoded = ServiceDecoder.Decode(service.ToJsonString(), DecodeMode.Lenient);
        var offer = decoded.Offer!;
        Assert.Contains(Notes.MarkupShownAsText, decoded.Notes);

        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(1))));
        Services.AddSingleton(Options.Create(new KioskOptions()));
        var catalogues = new CatalogueProvider();
        catalogues.Replace(new OfferCatalogue([offer], KioskTimeZone.Copenhagen));
        Services.AddSingleton(catalogues);
        Services.AddKioskLocalization();
        Services.AddScoped<KioskSession>();
        Services.AddScoped<IdleMonitor>();
        Services.AddSingleton(Options.Create(new DemandOptions()));
        Services.AddSingleton<DemandCounter>();
        Services.AddScoped<DemandVisit>();

        var screen = Render<OfferDetail>(p => p.Add(d => d.Id, offer.Id).AddCascadingValue("Language", "da"));

        Assert.Equal("Strik <b>nu</b>", screen.Find("h1").TextContent);
        Assert.Empty(screen.FindAll("h1 b"));
        Assert.Empty(screen.FindAll("script"));
        Assert.Empty(screen.FindAll("img[onerror]"));
        Assert.Empty(screen.FindAll("a[href^='javascript']"));
        Assert.Contains("Kom &lt;script&gt;alert('x')&lt;/script&gt;", screen.Markup, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", screen.Markup, StringComparison.Ordinal);
    }
}
