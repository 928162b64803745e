using System.ComponentModel.DataAnnotations;

namespace KioskGuide.Sync;

/// <summary>Section "Sync" of a kiosk's settings. Off by default: the demo kiosk needs no network.</summary>
public sealed class SyncOptions
{
    public const string Section = "Sync";

    public bool Enabled { get; set; }

    public SyncMode Mode { get; set; } = SyncMode.Rpde;

    /// <summary>The feed's root, where <c>GET /</c> answers, e.g. "http://127.0.0.1:5090/".</summary>
    public string? FeedRoot { get; set; }

    /// <summary>Seconds between polls once caught up. OpenActive asks for at least 8; a minute is plenty for a kiosk.</summary>
    [Range(1, 86_400)]
    public int PollIntervalSeconds { get; set; } = 60;

    /// <summary>Longest wait for one whole response, body included (guards against a slow drip).</summary>
    [Range(1, 600)]
    public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>Largest page body read; anything bigger is refused before it is buffered.</summary>
    [Range(64 * 1024, 64 * 1024 * 1024)]
    public int MaxPageBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>First retry delay after a failure; it doubles per failure (with jitter) up to <see cref="RetryMaxSeconds"/>.</summary>
    [Range(1, 3_600)]
    public int RetryInitialSeconds { get; set; } = 10;

    [Range(1, 86_400)]
    public int RetryMaxSeconds { get; set; } = 1_800;

    /// <summary>Longest Retry-After honoured; RPDE suggests 60–120 minutes for maintenance.</summary>
    [Range(1, 86_400)]
    public int MaxRetryAfterSeconds { get; set; } = 7_200;

    /// <summary>How long the feed keeps tombstones (the central server: 30 days).</summary>
    [Range(1, 3_650)]
    public int TombstoneRetentionDays { get; set; } = 30;

    /// <summary>A kiosk away longer than retention minus this margin resyncs fully and sweeps.</summary>
    [Range(0, 3_650)]
    public int FullResyncMarginDays { get; set; } = 2;

    /// <summary>Page size asked for in plain-HSDS mode.</summary>
    [Range(1, 1_000)]
    public int HsdsPageSize { get; set; } = 100;

    /// <summary>HSDS profiles accepted in RPDE mode (from <c>GET /</c>).</summary>
    public List<string> AcceptedProfiles { get; set; } = [Feed.Profile.HsdsProfile.ProfileUri];

    public TimeSpan PollInterval => TimeSpan.FromSeconds(PollIntervalSeconds);

    public TimeSpan RequestTimeout => TimeSpan.FromSeconds(RequestTimeoutSeconds);

    public TimeSpan FullResyncAfter => TimeSpan.FromDays(Math.Max(1, TombstoneRetentionDays - FullResyncMarginDays));

    /// <summary>The feed root with a trailing slash. A method, not a property: validation reads every property, also when FeedRoot is unset.</summary>
    public Uri RootUri() => new(FeedRoot!.EndsWith('/') ? FeedRoot : FeedRoot + "/", UriKind.Absolute);
}

public enum SyncMode
{
    /// <summary>The profile's RPDE feed: incremental, with tombstones.</summary>
    Rpde,
    /// <summary>A plain HSDS 3 API: paged /services, a full sweep every poll.</summary>
    Hsds,
}
