using KioskGuide.Domain.Search;
using KioskGuide.Kiosk.Content;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KioskGuide.Sync.Tests.EndToEnd;

/// <summary>The real kiosk host in this process (all of KioskApp's wiring), syncing from a feed, with a clock of the test's choosing.</summary>
internal sealed class InProcessKiosk(Uri feedRoot, TimeProvider clock, string dataDirectory) : WebApplicationFactory<KioskGuide.Kiosk.Program>
{
    public CatalogueProvider Catalogues => Services.GetRequiredService<CatalogueProvider>();

    public OfferCatalogue Catalogue => Catalogues.Current;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Kiosk:DataDirectory", dataDirectory);
        builder.UseSetting("Kiosk:ContentSource", "Store");
        builder.UseSetting("Sync:Enabled", "true");
        builder.UseSetting("Sync:FeedRoot", feedRoot.ToString());
        builder.UseSetting("Sync:PollIntervalSeconds", "1");
        builder.UseSetting("Sync:RetryInitialSeconds", "1");
        builder.UseSetting("Sync:RetryMaxSeconds", "2");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton(clock);
        });
    }
}

/// <summary>A kiosk PC whose clock is wrong by a fixed amount (and whose NTP failed); timers still tick normally.</summary>
internal sealed class WrongClock(TimeSpan error) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + error;
}
