namespace KioskGuide.Domain.Demand;

/// <summary>
/// The anonymous demand signals a kiosk counts, per site and calendar day only. Each is a (kind, key) counter;
/// the key is never free text except for the two search kinds, whose key went through <see cref="DemandTerms"/>.
/// These codes are the wire format between kiosk and central server: never rename one.
/// </summary>
public static class DemandKinds
{
    /// <summary>A search that found nothing; key: the normalised, scrubbed term (or <see cref="DemandTerms.Other"/>).</summary>
    public const string SearchNoMatch = "search-none";

    /// <summary>A search that found something; key as for <see cref="SearchNoMatch"/>.</summary>
    public const string SearchMatch = "search-hit";

    /// <summary>A home tile tapped; key: the tile's code.</summary>
    public const string Tile = "tile";

    /// <summary>A filter chosen; key: "who:elderly", "day:today", "town:…", "free", "step-free".</summary>
    public const string Filter = "filter";

    /// <summary>An offer's detail screen opened; key: the offer id.</summary>
    public const string OfferOpened = "offer";

    /// <summary>An offer opened, counted per theme of the offer; key: the theme code.</summary>
    public const string ThemeOpened = "theme";

    /// <summary>An offer opened, counted per target group of the offer; key: the group code.</summary>
    public const string GroupOpened = "group";

    /// <summary>A leaflet printed; key: the offer id.</summary>
    public const string LeafletPrinted = "leaflet";

    /// <summary>A week programme printed; key: the offer id (or "all" for a programme of several offers).</summary>
    public const string WeekPrinted = "week";

    /// <summary>A language chosen; key: the language code.</summary>
    public const string Language = "language";

    /// <summary>Read-aloud used; key: the language code.</summary>
    public const string ReadAloud = "read-aloud";

    /// <summary>A visit ended by the idle reset without any offer opened; key: "".</summary>
    public const string IdleNoOffer = "idle-no-offer";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        SearchNoMatch, SearchMatch, Tile, Filter, OfferOpened, ThemeOpened, GroupOpened, LeafletPrinted, WeekPrinted, Language, ReadAloud, IdleNoOffer,
    };

    /// <summary>The kinds whose key a citizen typed: only these go through the search-term publication rule.</summary>
    public static bool IsSearch(string kind) => kind is SearchNoMatch or SearchMatch;
}
