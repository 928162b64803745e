using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Domain.Search;
using KioskGuide.Storage;
using KioskGuide.Sync;

namespace KioskGuide.Kiosk.Content;

/// <summary>
/// After a sync changed the local store: build a new catalogue off the UI's threads and swap it in.
/// Open screens keep the catalogue they took, so the new content appears at the citizen's next screen.
/// </summary>
public sealed class CatalogueReloader(SqliteOfferStore store, CatalogueProvider catalogues, ILogger<CatalogueReloader> logger) : ISyncListener
{
    public async Task StoreChangedAsync(CancellationToken cancellationToken)
    {
        var offers = await store.LoadAllAsync(cancellationToken);
        // Building takes about 0.3 s for 10,000 offers: on the thread pool, never on a circuit's dispatcher.
        var catalogue = await Task.Run(() => new OfferCatalogue(offers, KioskTimeZone.Copenhagen), cancellationToken);
        catalogues.Replace(catalogue);
        logger.LogInformation("Catalogue rebuilt after sync with {Count} offers; screens show it from their next change", offers.Count);
    }
}
