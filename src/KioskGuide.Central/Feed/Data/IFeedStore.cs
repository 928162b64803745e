namespace KioskGuide.Central.Feed.Data;

/// <summary>
/// The feed's data access. SQLite implements it (<see cref="SqliteFeedStore"/>); a PostgreSQL store can
/// fill the same contract. Contract: a content change gets its change number only after its own
/// transaction committed (<see cref="StampPendingAsync"/>), numbers only grow, and a changed object is
/// re-numbered, so a reader that follows numbers upward never misses a change.
/// </summary>
public interface IFeedStore
{
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Makes the set of <paramref name="kind"/> equal to <paramref name="records"/>: new and changed ones are written, missing ones become tombstones, except <paramref name="keep"/>.</summary>
    Task<WriteResult> ReplaceAllAsync(string kind, IReadOnlyList<FeedRecord> records, IReadOnlySet<string> keep, CancellationToken cancellationToken);

    Task<WriteResult> UpsertAsync(string kind, IReadOnlyList<FeedRecord> records, CancellationToken cancellationToken);

    /// <summary>Turns objects into tombstones.</summary>
    Task<int> DeleteAsync(string kind, IReadOnlyList<string> ids, CancellationToken cancellationToken);

    /// <summary>Gives committed, unnumbered changes their change numbers, in one short serialised step.</summary>
    Task<int> StampPendingAsync(CancellationToken cancellationToken);

    /// <summary>Count and last change number of the next RPDE page, without reading its content.</summary>
    Task<ChangePeek> PeekChangesAsync(string kind, long after, int limit, DateTimeOffset visibleBefore, CancellationToken cancellationToken);

    Task<IReadOnlyList<FeedChange>> ReadChangesAsync(string kind, long after, int limit, DateTimeOffset visibleBefore, CancellationToken cancellationToken);

    /// <summary>Live (not deleted) objects by id, optionally only those modified on or after a time.</summary>
    Task<ListPage> ListAsync(string kind, int page, int perPage, DateTimeOffset? modifiedAfter, CancellationToken cancellationToken);

    Task<string?> GetAsync(string kind, string id, CancellationToken cancellationToken);

    Task<int> CountAsync(string kind, CancellationToken cancellationToken);

    /// <summary>Removes tombstones numbered before <paramref name="olderThan"/>.</summary>
    Task<int> PurgeTombstonesAsync(DateTimeOffset olderThan, CancellationToken cancellationToken);
}
