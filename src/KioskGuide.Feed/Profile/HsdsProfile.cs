namespace KioskGuide.Feed.Profile;

/// <summary>Names and numbers of the Danish kiosk profile of HSDS 3.1 (docs/hsds-profile/README.md).</summary>
public static class HsdsProfile
{
    /// <summary>HSDS version this profile is a subset of, as returned by <c>GET /</c>.</summary>
    public const string HsdsVersion = "3.1";

    /// <summary>Identifies the profile in <c>GET /</c>; a kiosk syncs only from feeds that name it.</summary>
    public const string ProfileUri = "https://kioskguide.example/hsds-dk-kiosk/1.0";

    public const string TimeZone = "Europe/Copenhagen";

    public const string Country = "DK";

    public const string Currency = "DKK";

    /// <summary>RPDE item kinds. The kiosk keys its store by (kind, id), so ids may repeat across kinds.</summary>
    public const string ServiceKind = "service";

    public const string TaxonomyTermKind = "taxonomy_term";

    /// <summary>Path of the RPDE feed of services, relative to the feed root.</summary>
    public const string ServicesFeedPath = "feeds/services";

    public const string TaxonomyFeedPath = "feeds/taxonomy-terms";

    /// <summary>Query parameter of the RPDE change-number cursor.</summary>
    public const string AfterChangeNumber = "afterChangeNumber";
}
