using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;

namespace KioskGuide.Storage.Feed;

/// <summary>One item of a feed page, decided: an offer to store, or a removal (a tombstone, or a service no longer active).</summary>
/// <param name="Kind">Feed kind, e.g. "service"; the store keys feed state by (kind, id).</param>
/// <param name="Id">Lower-case UUID.</param>
/// <param name="Modified">The server's ordering value for this item (RPDE modified; never the kiosk's clock).</param>
/// <param name="Offer">The offer to store; null removes it.</param>
public sealed record FeedItemChange(string Kind, string Id, long Modified, Offer? Offer);

/// <summary>An item that could not be used. The last good version (if any) stays; the cursor still moves on.</summary>
/// <param name="Modified">Null when the item's modified itself is unreadable; such an item is always reported.</param>
public sealed record FeedItemQuarantine(string Kind, string Id, long? Modified, string Reason);

/// <summary>Everything one feed page changes, written in one transaction together with the cursor.</summary>
public sealed record FeedPageWrite
{
    public IReadOnlyList<FeedItemChange> Changes { get; init; } = [];

    public IReadOnlyList<FeedItemQuarantine> Quarantined { get; init; } = [];

    /// <summary>Sync state to set in the same transaction (cursor, ETag, ...); a null value removes the key.</summary>
    public IReadOnlyDictionary<string, string?> Meta { get; init; } = new Dictionary<string, string?>();

    /// <summary>
    /// Also replace when the stored modified is equal. HSDS <c>last_modified</c> is coarse and
    /// <c>modified_after</c> means "on or after", so equal values must still be able to update; RPDE needs strictly greater.
    /// </summary>
    public bool ReplaceWhenEqual { get; init; }

    /// <summary>During a full resync, the sweep every item of this page is marked as seen in.</summary>
    public long? Sweep { get; init; }
}

/// <summary>What a page write did.</summary>
/// <param name="OffersChanged">Offers added, changed or removed (an identical re-send counts zero).</param>
/// <param name="NewlyQuarantined">Quarantines not already recorded for that version: the ones to log.</param>
public sealed record FeedPageResult(int OffersChanged, IReadOnlyList<FeedItemQuarantine> NewlyQuarantined);
