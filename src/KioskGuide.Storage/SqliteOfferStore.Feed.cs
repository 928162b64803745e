using System.Globalization;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Storage.Feed;
using Microsoft.Data.Sqlite;

namespace KioskGuide.Storage;

/// <summary>
/// Feed sync state beside the offers: per (kind, id) the last applied server <c>modified</c> (tombstones
/// included), quarantined items, and the cursor in store_meta. A page and its cursor are written in one
/// transaction, so a crash leaves either the whole page applied with the cursor past it, or neither.
/// </summary>
public sealed partial class SqliteOfferStore
{
    /// <summary>store_meta key holding how many items are quarantined now; for staff.</summary>
    public const string QuarantinedCountKey = "sync.quarantined";

    /// <summary>store_meta key holding the last quarantine reason; for staff.</summary>
    public const string LastQuarantineKey = "sync.quarantine_last";

    private const string FeedSchema = """
        CREATE TABLE IF NOT EXISTS feed_items (
            kind TEXT NOT NULL,
            id TEXT NOT NULL,
            modified INTEGER NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            sweep INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (kind, id)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS feed_quarantine (
            kind TEXT NOT NULL,
            id TEXT NOT NULL,
            modified INTEGER,
            reason TEXT NOT NULL,
            sweep INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (kind, id)
        ) WITHOUT ROWID;
        """;

    public async Task<FeedPageResult> ApplyFeedPageAsync(FeedPageWrite page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var sql = new FeedSql(connection, transaction);
        int changed = 0;
        foreach (var change in page.Changes)
        {
            var stored = await sql.StoredModifiedAsync(change.Kind, change.Id, cancellationToken);
            bool newer = stored is not { } s || change.Modified > s || (page.ReplaceWhenEqual && change.Modified == s);
            if (!newer)
            {
                // An older or repeated version: ignored, but still present in the feed for a sweep.
                await sql.MarkSeenAsync(change.Kind, change.Id, page.Sweep, cancellationToken);
                continue;
            }

            await sql.SetItemAsync(change.Kind, change.Id, change.Modified, deleted: change.Offer is null, page.Sweep, cancellationToken);
            changed += change.Offer is { } offer
                ? await sql.UpsertOfferIfDifferentAsync(offer, cancellationToken)
                : await sql.DeleteOfferAsync(change.Id, cancellationToken);
            await sql.ClearQuarantineAsync(change.Kind, change.Id, cancellationToken);
        }

        var newlyQuarantined = new List<FeedItemQuarantine>();
        foreach (var bad in page.Quarantined)
        {
            if (bad.Modified is { } modified && await sql.StoredModifiedAsync(bad.Kind, bad.Id, cancellationToken) is { } s && modified <= s)
            {
                await sql.MarkSeenAsync(bad.Kind, bad.Id, page.Sweep, cancellationToken);
                continue; // Older than what is applied: nothing to report.
            }

            // The last good version stays and is kept by a sweep; the bad one is recorded for staff.
            await sql.MarkSeenAsync(bad.Kind, bad.Id, page.Sweep, cancellationToken);
            if (await sql.QuarantineAsync(bad, page.Sweep, cancellationToken))
            {
                newlyQuarantined.Add(bad);
            }
        }

        var meta = new Dictionary<string, string?>(page.Meta);
        await sql.AddQuarantineMetaAsync(meta, newlyQuarantined.LastOrDefault()?.Reason, cancellationToken);
        await sql.SetMetaAsync(meta, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new FeedPageResult(changed, newlyQuarantined);
    }

    /// <summary>
    /// Ends a full resync: removes every offer of <paramref name="kind"/> that was not seen in
    /// <paramref name="sweep"/> (mark-and-sweep), with the sync state, in one transaction.
    /// </summary>
    /// <returns>How many offers were removed.</returns>
    public async Task<int> SweepAsync(string kind, long sweep, IReadOnlyDictionary<string, string?> meta, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var sql = new FeedSql(connection, transaction);
        int removed = await sql.ExecuteAsync(
            "DELETE FROM offers WHERE id NOT IN (SELECT id FROM feed_items WHERE kind = $kind AND sweep = $sweep AND deleted = 0)",
            cancellationToken, ("$kind", kind), ("$sweep", sweep));
        await sql.ExecuteAsync("DELETE FROM feed_items WHERE kind = $kind AND sweep <> $sweep", cancellationToken, ("$kind", kind), ("$sweep", sweep));
        await sql.ExecuteAsync("DELETE FROM feed_quarantine WHERE kind = $kind AND sweep <> $sweep", cancellationToken, ("$kind", kind), ("$sweep", sweep));
        var all = new Dictionary<string, string?>(meta);
        await sql.AddQuarantineMetaAsync(all, null, cancellationToken);
        await sql.SetMetaAsync(all, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return removed;
    }

    /// <summary>Forgets every feed's state (not the offers), e.g. when the kiosk is pointed at another feed.</summary>
    public async Task ResetFeedStateAsync(IReadOnlyDictionary<string, string?> meta, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var sql = new FeedSql(connection, transaction);
        await sql.ExecuteAsync("DELETE FROM feed_items", cancellationToken);
        await sql.ExecuteAsync("DELETE FROM feed_quarantine", cancellationToken);
        var all = new Dictionary<string, string?>(meta);
        await sql.AddQuarantineMetaAsync(all, null, cancellationToken);
        await sql.SetMetaAsync(all, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Sets several store_meta keys at once (null removes one).</summary>
    public async Task SetMetaAsync(IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var sql = new FeedSql(connection, transaction))
        {
            await sql.SetMetaAsync(values, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Removes offers by id in one transaction.</summary>
    public async Task<int> DeleteAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var sql = new FeedSql(connection, transaction);
        int removed = 0;
        foreach (var id in ids)
        {
            removed += await sql.DeleteOfferAsync(id.ToString("D"), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return removed;
    }

    /// <summary>The server's modified last applied for (kind, id), tombstones included; null when never seen.</summary>
    public async Task<long?> GetFeedModifiedAsync(string kind, string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: true);
        await using var sql = new FeedSql(connection, transaction);
        return await sql.StoredModifiedAsync(kind, id, cancellationToken);
    }

    /// <summary>
    /// The SQL of feed writes, all inside the caller's transaction. Commands are kept per text, so a page of
    /// 500 items prepares each statement once.
    /// </summary>
    private sealed class FeedSql(SqliteConnection connection, SqliteTransaction transaction) : IAsyncDisposable
    {
        private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

        public async ValueTask DisposeAsync()
        {
            foreach (var command in _commands.Values)
            {
                await command.DisposeAsync();
            }
        }

        public async Task<long?> StoredModifiedAsync(string kind, string id, CancellationToken ct)
        {
            var value = await ScalarAsync("SELECT modified FROM feed_items WHERE kind = $kind AND id = $id", ct, ("$kind", kind), ("$id", id));
            return value is long l ? l : null;
        }

        public Task<int> SetItemAsync(string kind, string id, long modified, bool deleted, long? sweep, CancellationToken ct) => ExecuteAsync(
            """
            INSERT INTO feed_items (kind, id, modified, deleted, sweep) VALUES ($kind, $id, $modified, $deleted, COALESCE($sweep, 0))
            ON CONFLICT(kind, id) DO UPDATE SET modified = excluded.modified, deleted = excluded.deleted,
                sweep = COALESCE($sweep, feed_items.sweep)
            """,
            ct, ("$kind", kind), ("$id", id), ("$modified", modified), ("$deleted", deleted ? 1 : 0), ("$sweep", sweep));

        public Task<int> MarkSeenAsync(string kind, string id, long? sweep, CancellationToken ct) => sweep is null
            ? Task.FromResult(0)
            : ExecuteAsync("UPDATE feed_items SET sweep = $sweep WHERE kind = $kind AND id = $id", ct, ("$kind", kind), ("$id", id), ("$sweep", sweep));

        /// <returns>1 when the stored offer changed, 0 when it was already identical.</returns>
        public Task<int> UpsertOfferIfDifferentAsync(Offer offer, CancellationToken ct) => ExecuteAsync(
            """
            INSERT INTO offers (id, json, modified) VALUES ($id, $json, $modified)
            ON CONFLICT(id) DO UPDATE SET json = excluded.json, modified = excluded.modified WHERE offers.json <> excluded.json
            """,
            ct, ("$id", offer.Id.ToString("D")), ("$json", OfferJson.Serialize(offer)), ("$modified", offer.LastModified?.ToUnixTimeMilliseconds() ?? 0));

        public Task<int> DeleteOfferAsync(string id, CancellationToken ct) => ExecuteAsync("DELETE FROM offers WHERE id = $id", ct, ("$id", id));

        public Task<int> ClearQuarantineAsync(string kind, string id, CancellationToken ct) =>
            ExecuteAsync("DELETE FROM feed_quarantine WHERE kind = $kind AND id = $id", ct, ("$kind", kind), ("$id", id));

        /// <returns>True when this version of the item was not quarantined before.</returns>
        public async Task<bool> QuarantineAsync(FeedItemQuarantine bad, long? sweep, CancellationToken ct)
        {
            var before = await ScalarAsync("SELECT modified FROM feed_quarantine WHERE kind = $kind AND id = $id", ct, ("$kind", bad.Kind), ("$id", bad.Id));
            await ExecuteAsync(
                """
                INSERT INTO feed_quarantine (kind, id, modified, reason, sweep) VALUES ($kind, $id, $modified, $reason, COALESCE($sweep, 0))
                ON CONFLICT(kind, id) DO UPDATE SET modified = excluded.modified, reason = excluded.reason,
                    sweep = COALESCE($sweep, feed_quarantine.sweep)
                """,
                ct, ("$kind", bad.Kind), ("$id", bad.Id), ("$modified", bad.Modified), ("$reason", bad.Reason), ("$sweep", sweep));
            return before is not long previous || previous != bad.Modified || bad.Modified is null;
        }

        public async Task AddQuarantineMetaAsync(Dictionary<string, string?> meta, string? lastReason, CancellationToken ct)
        {
            var count = await ScalarAsync("SELECT COUNT(*) FROM feed_quarantine", ct);
            meta[QuarantinedCountKey] = Convert.ToString(count, CultureInfo.InvariantCulture);
            if (lastReason is not null)
            {
                meta[LastQuarantineKey] = lastReason;
            }
        }

        public async Task SetMetaAsync(IReadOnlyDictionary<string, string?> values, CancellationToken ct)
        {
            foreach (var (key, value) in values)
            {
                await ExecuteAsync(
                    value is null
                        ? "DELETE FROM store_meta WHERE key = $key"
                        : "INSERT INTO store_meta (key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    ct, ("$key", key), ("$value", value));
            }
        }

        public Task<int> ExecuteAsync(string text, CancellationToken ct, params (string Name, object? Value)[] parameters) =>
            Command(text, parameters).ExecuteNonQueryAsync(ct);

        private Task<object?> ScalarAsync(string text, CancellationToken ct, params (string Name, object? Value)[] parameters) =>
            Command(text, parameters).ExecuteScalarAsync(ct);

        private SqliteCommand Command(string text, (string Name, object? Value)[] parameters)
        {
            if (!_commands.TryGetValue(text, out var command))
            {
                command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = text;
                _commands[text] = command;
            }

            foreach (var (name, value) in parameters)
            {
                if (!text.Contains(name, StringComparison.Ordinal))
                {
                    continue;
                }

                if (command.Parameters.Contains(name))
                {
                    command.Parameters[name].Value = value ?? DBNull.Value;
                }
                else
                {
                    command.Parameters.AddWithValue(name, value ?? DBNull.Value);
                }
            }

            return command;
        }
    }
}
