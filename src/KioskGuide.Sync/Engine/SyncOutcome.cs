namespace KioskGuide.Sync.Engine;

public enum SyncResult
{
    /// <summary>Everything the feed has is applied; poll again after the poll interval.</summary>
    CaughtUp,
    /// <summary>Something failed; what was applied before the failure stays. Retry with backoff.</summary>
    Failed,
    /// <summary>The feed is not one this kiosk can follow (version or profile); retry rarely.</summary>
    Unsupported,
}

/// <summary>What one sync run did, for the scheduler and for tests.</summary>
public sealed record SyncOutcome
{
    public required SyncResult Result { get; init; }

    /// <summary>Offers added, changed or removed in the local store by this run.</summary>
    public int OffersChanged { get; init; }

    public int PagesApplied { get; init; }

    /// <summary>The one sentence logged for a failure.</summary>
    public string? Problem { get; init; }

    /// <summary>The server's Retry-After, when it sent one.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>404/410: the feed address is gone; retry only rarely.</summary>
    public bool Gone { get; init; }

    public bool FullResync { get; init; }
}
