namespace KioskGuide.Sync.Http;

public enum FeedResponseKind
{
    Ok,
    NotModified,
    Failed,
}

/// <summary>One HTTP exchange with the feed, reduced to what sync decides on. Never an exception.</summary>
public sealed record FeedResponse
{
    public required FeedResponseKind Kind { get; init; }

    /// <summary>The whole body, at most the configured page cap (decompressed).</summary>
    public ReadOnlyMemory<byte> Body { get; init; }

    public string? ETag { get; init; }

    /// <summary>The server's Date header: sync measures time gaps with the server's clock, not the kiosk's.</summary>
    public DateTimeOffset? ServerDate { get; init; }

    /// <summary>How long the server asked to wait (Retry-After on 429/503).</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>404/410: the address is gone; retrying soon will not help.</summary>
    public bool Gone { get; init; }

    /// <summary>For a failure: what went wrong, in one sentence for the log.</summary>
    public string? Problem { get; init; }

    public static FeedResponse Failure(string problem, TimeSpan? retryAfter = null, bool gone = false) =>
        new() { Kind = FeedResponseKind.Failed, Problem = problem, RetryAfter = retryAfter, Gone = gone };
}
