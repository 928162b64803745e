using System.Globalization;
using KioskGuide.Storage;

namespace KioskGuide.Sync.Engine;

/// <summary>
/// Sync's own keys in store_meta. Every value that orders or dates sync came from the server
/// (next URL, ETag, Date header); the kiosk's clock is used only when a server sent no Date.
/// </summary>
internal sealed record SyncState
{
    public const string FeedKey = "sync.feed";
    public const string NextKey = "sync.next";
    public const string ETagKey = "sync.etag";
    public const string SweepKey = "sync.sweep";
    public const string SweepCounterKey = "sync.sweep_counter";
    public const string LastSuccessKey = "sync.last_success";
    public const string LastErrorKey = "sync.last_error";

    /// <summary>Which feed the state belongs to ("Rpde http://host/"); another feed starts over.</summary>
    public string? Feed { get; init; }

    public Uri? Next { get; init; }

    /// <summary>The ETag of <see cref="Next"/>, kept once it was the last page, for If-None-Match.</summary>
    public string? ETag { get; init; }

    /// <summary>The mark-and-sweep generation of a full resync in progress; null when none is.</summary>
    public long? Sweep { get; init; }

    public long SweepCounter { get; init; }

    /// <summary>The server's Date when the kiosk was last caught up.</summary>
    public DateTimeOffset? LastSuccess { get; init; }

    public static async Task<SyncState> LoadAsync(SqliteOfferStore store, CancellationToken ct)
    {
        string? next = await store.GetMetaAsync(NextKey, ct);
        string? sweep = await store.GetMetaAsync(SweepKey, ct);
        string? last = await store.GetMetaAsync(LastSuccessKey, ct);
        return new SyncState
        {
            Feed = await store.GetMetaAsync(FeedKey, ct),
            Next = Uri.TryCreate(next, UriKind.Absolute, out var uri) ? uri : null,
            ETag = await store.GetMetaAsync(ETagKey, ct),
            Sweep = long.TryParse(sweep, NumberStyles.None, CultureInfo.InvariantCulture, out long s) ? s : null,
            SweepCounter = long.TryParse(await store.GetMetaAsync(SweepCounterKey, ct), NumberStyles.None, CultureInfo.InvariantCulture, out long c) ? c : 0,
            LastSuccess = DateTimeOffset.TryParse(last, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
        };
    }

    public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Format(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);
}
