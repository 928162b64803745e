using KioskGuide.DemoContent;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Domain.Search;
using KioskGuide.Kiosk.Configuration;
using KioskGuide.Storage;
using Microsoft.Extensions.Options;

namespace KioskGuide.Kiosk.Content;

/// <summary>
/// Before the UI answers its first request: open the local store, fill it with the demo offers on a
/// first start when configured to, and build the catalogue the UI renders from.
/// </summary>
public sealed class ContentLoader(
    SqliteOfferStore store,
    CatalogueProvider catalogues,
    IOptions<KioskOptions> options,
    ILogger<ContentLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        if (options.Value.ContentSource == ContentSource.Demo && await store.CountAsync(cancellationToken) == 0)
        {
            var demo = DemoOffers.Load();
            await store.UpsertAsync(demo, cancellationToken);
            logger.LogInformation("First start: loaded {Count} demo offers of {Municipality} into the local store", demo.Count, DemoOffers.MunicipalityName);
        }

        var offers = await store.LoadAllAsync(cancellationToken);
        catalogues.Replace(new OfferCatalogue(offers, KioskTimeZone.Copenhagen));
        logger.LogInformation("Catalogue ready with {Count} offers", offers.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
