using KioskGuide.Domain.Offers;

namespace KioskGuide.Domain.Search;

/// <summary>
/// An immutable snapshot of all offers with a search index. A sync builds a new catalogue and swaps
/// it in; a screen keeps the snapshot it was drawn from, so content never changes under a reader.
/// </summary>
public sealed class OfferCatalogue
{
    public OfferCatalogue(IEnumerable<Offer> offers, TimeZoneInfo zone) => throw new NotImplementedException();

    public static OfferCatalogue Empty { get; } = null!;

    public IReadOnlyList<Offer> Offers => throw new NotImplementedException();

    public TimeZoneInfo Zone => throw new NotImplementedException();

    /// <summary>Towns/areas that have at least one offer, sorted the Danish way.</summary>
    public IReadOnlyList<string> Towns => throw new NotImplementedException();

    public Offer? Find(Guid id) => throw new NotImplementedException();

    /// <summary>
    /// Offers matching <paramref name="query"/> (empty: all) and <paramref name="filter"/>, best first.
    /// With an empty query, offers are ordered by their next occurrence, then by name.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(string query, OfferFilter filter, DateTimeOffset now)
        => throw new NotImplementedException();
}
