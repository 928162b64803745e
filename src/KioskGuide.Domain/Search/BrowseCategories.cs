using KioskGuide.Domain.Offers;

namespace KioskGuide.Domain.Search;

/// <summary>The home tiles, in display order, and which offers belong to each.</summary>
public static class BrowseCategories
{
    public static IReadOnlyList<BrowseCategory> All => throw new NotImplementedException();

    public static BrowseCategory? Find(string code) => throw new NotImplementedException();

    /// <summary>True when <paramref name="offer"/> belongs under the tile <paramref name="code"/> at <paramref name="now"/>.</summary>
    public static bool Contains(string code, Offer offer, DateTimeOffset now, TimeZoneInfo zone)
        => throw new NotImplementedException();
}
