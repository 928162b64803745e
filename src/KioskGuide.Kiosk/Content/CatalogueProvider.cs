using KioskGuide.Domain.Search;

namespace KioskGuide.Kiosk.Content;

/// <summary>
/// Holds the current catalogue. Swapping is one reference write, so readers never see a half-built
/// catalogue; a screen keeps the snapshot it drew from until the citizen moves on.
/// </summary>
public sealed class CatalogueProvider
{
    private OfferCatalogue _current = OfferCatalogue.Empty;

    public OfferCatalogue Current => Volatile.Read(ref _current);

    public void Replace(OfferCatalogue catalogue) => Volatile.Write(ref _current, catalogue);
}
