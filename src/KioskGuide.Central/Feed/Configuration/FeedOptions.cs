using System.ComponentModel.DataAnnotations;

namespace KioskGuide.Central.Feed.Configuration;

/// <summary>Section "Feed" of the central server's settings (central-settings.json, --Feed:Key=value, or Feed__Key).</summary>
public sealed class FeedOptions
{
    public const string Section = "Feed";

    /// <summary>The SQLite file; relative paths are from the current directory.</summary>
    [Required]
    public string DatabasePath { get; set; } = Path.Combine("data", "central", "feed.db");

    /// <summary>Address to listen on. Loopback by default; put a reverse proxy with TLS in front for a real network.</summary>
    [Required]
    public string ListenAddress { get; set; } = "127.0.0.1";

    /// <summary>TCP port; 0 picks a free one (tests), and the startup line says which.</summary>
    [Range(0, 65535)]
    public int Port { get; set; } = 5090;

    /// <summary>
    /// Absolute base URL for every link (RPDE next, openapi_url), e.g. https://kioskguide.kommune.dk behind a TLS proxy;
    /// empty uses the listen address and port, never the request's Host. Required when listening beyond loopback;
    /// https makes the login cookie Secure.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Changes younger than this are hidden from the RPDE feed, so a slow commit can never be overtaken.</summary>
    [Range(0, 60)]
    public double VisibilityDelaySeconds { get; set; } = 2;

    /// <summary>How long tombstones stay in the feed. RPDE asks for at least 7 days; kiosks may be off over holidays.</summary>
    [Range(7, 3650)]
    public int TombstoneRetentionDays { get; set; } = 30;

    [Range(1, 5000)]
    public int PageSize { get; set; } = 500;

    /// <summary>Fill an empty database with the 91 demo offers at start.</summary>
    public bool SeedDemoContent { get; set; } = true;

    /// <summary>The licence stated on every RPDE page.</summary>
    [Required]
    public string License { get; set; } = "https://creativecommons.org/licenses/by/4.0/";

    /// <summary>Written to address.state_province for CSV and demo content.</summary>
    [Required]
    public string StateProvince { get; set; } = "Region Sjælland";

    public TimeSpan VisibilityDelay => TimeSpan.FromSeconds(VisibilityDelaySeconds);
}
