using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using KioskGuide.Feed.Mapping;
using KioskGuide.Feed.Profile;
using KioskGuide.Sqlite;
using Microsoft.Data.Sqlite;

namespace KioskGuide.Central.Feed.Data;

/// <summary>
/// The feed in one SQLite file (WAL, FULL sync). Content is written in one transaction with no change
/// number; <see cref="StampPendingAsync"/> numbers it afterwards in a second, serialised transaction,
/// and readers see a change only when it is numbered and older than the visibility delay.
/// </summary>
public sealed partial class SqliteFeedStore(SqliteDatabase database, TimeProvider time) : IFeedStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS feed_objects (
            kind TEXT NOT NULL,
            id TEXT NOT NULL,
            json TEXT,
            content_hash TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1,
            deleted INTEGER NOT NULL DEFAULT 0,
            last_modified TEXT NOT NULL,
            change_number INTEGER,
            changed_at INTEGER,
            PRIMARY KEY (kind, id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS feed_objects_changes ON feed_objects (kind, change_number, changed_at);
        CREATE INDEX IF NOT EXISTS feed_objects_modified ON feed_objects (kind, deleted, last_modified);
        CREATE TABLE IF NOT EXISTS feed_counters (
            name TEXT PRIMARY KEY NOT NULL,
            value INTEGER NOT NULL
        );
        """;

    private const string ChangeCounter = "change_number";
    private const string StampTimeCounter = "changed_at";

    /// <summary>Test seam: runs inside a content transaction just before it commits, to hold it open.</summary>
    internal Func<CancellationToken, Task>? BeforeContentCommit { get; set; }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await database.ExecuteAsync(Schema, cancellationToken);
        await StampPendingAsync(cancellationToken); // Content committed just before a crash still gets its numbers.
    }

    public Task<WriteResult> ReplaceAllAsync(string kind, IReadOnlyList<FeedRecord> records, IReadOnlySet<string> keep, CancellationToken cancellationToken) =>
        WriteAsync(kind, records, removeMissing: true, keep, cancellationToken);

    public Task<WriteResult> UpsertAsync(string kind, IReadOnlyList<FeedRecord> records, CancellationToken cancellationToken) =>
        WriteAsync(kind, records, removeMissing: false, new HashSet<string>(), cancellationToken);

    public async Task<int> DeleteAsync(string kind, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        int removed;
        await using (var connection = await database.OpenAsync(cancellationToken))
        await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken))
        {
            string now = Timestamp(time.GetUtcNow());
            removed = 0;
            foreach (var id in ids)
            {
                removed += await TombstoneAsync(connection, transaction, kind, id, now, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await StampPendingAsync(cancellationToken);
        return removed;
    }

    public async Task<int> StampPendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // BEGIN IMMEDIATE: one stamper at a time, across processes too, so numbers are handed out in commit order.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var pending = new List<(string Kind, string Id)>();
        await using (var select = Command(connection, transaction, "SELECT kind, id FROM feed_objects WHERE change_number IS NULL ORDER BY kind, id"))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                pending.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        if (pending.Count == 0)
        {
            return 0;
        }

        long number = await CounterAsync(connection, transaction, ChangeCounter, cancellationToken);
        // Never earlier than the last stamp: a clock stepping back must not make a later change visible first.
        long stampedAt = Math.Max(time.GetUtcNow().ToUnixTimeMilliseconds(), await CounterAsync(connection, transaction, StampTimeCounter, cancellationToken));
        await using (var update = Command(connection, transaction, "UPDATE feed_objects SET change_number = $n, changed_at = $at WHERE kind = $kind AND id = $id"))
        {
            var n = update.Parameters.Add("$n", SqliteType.Integer);
            update.Parameters.AddWithValue("$at", stampedAt);
            var kind = update.Parameters.Add("$kind", SqliteType.Text);
            var id = update.Parameters.Add("$id", SqliteType.Text);
            foreach (var item in pending)
            {
                n.Value = ++number;
                kind.Value = item.Kind;
                id.Value = item.Id;
                await update.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await SetCounterAsync(connection, transaction, ChangeCounter, number, cancellationToken);
        await SetCounterAsync(connection, transaction, StampTimeCounter, stampedAt, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return pending.Count;
    }

    public async Task<int> PurgeTombstonesAsync(DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "DELETE FROM feed_objects WHERE deleted = 1 AND changed_at < $cutoff");
        command.Parameters.AddWithValue("$cutoff", olderThan.ToUnixTimeMilliseconds());
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<WriteResult> WriteAsync(string kind, IReadOnlyList<FeedRecord> records, bool removeMissing, IReadOnlySet<string> keep, CancellationToken cancellationToken)
    {
        int added = 0, changed = 0, removed = 0, unchanged = 0;
        await using (var connection = await database.OpenAsync(cancellationToken))
        await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken))
        {
            var existing = await ExistingAsync(connection, transaction, kind, cancellationToken);
            var now = time.GetUtcNow();
            string stamp = Timestamp(now);
            await using var upsert = Command(connection, transaction, """
                INSERT INTO feed_objects (kind, id, json, content_hash, active, deleted, last_modified, change_number, changed_at)
                VALUES ($kind, $id, $json, $hash, $active, 0, $modified, NULL, NULL)
                ON CONFLICT(kind, id) DO UPDATE SET json = excluded.json, content_hash = excluded.content_hash, active = excluded.active,
                    deleted = 0, last_modified = excluded.last_modified, change_number = NULL, changed_at = NULL
                """);
            upsert.Parameters.AddWithValue("$kind", kind);
            upsert.Parameters.AddWithValue("$modified", stamp);
            var id = upsert.Parameters.Add("$id", SqliteType.Text);
            var json = upsert.Parameters.Add("$json", SqliteType.Text);
            var hash = upsert.Parameters.Add("$hash", SqliteType.Text);
            var active = upsert.Parameters.Add("$active", SqliteType.Integer);
            var written = new HashSet<string>(StringComparer.Ordinal);
            foreach (var record in records)
            {
                written.Add(record.Id);
                string contentHash = Hash(record);
                bool live = existing.TryGetValue(record.Id, out var before) && !before.Deleted;
                if (live && before.Hash == contentHash)
                {
                    unchanged++;
                    continue;
                }

                id.Value = record.Id;
                json.Value = kind == HsdsProfile.ServiceKind ? WithLastModified(record.Json, stamp) : record.Json;
                hash.Value = contentHash;
                active.Value = record.Active ? 1 : 0;
                await upsert.ExecuteNonQueryAsync(cancellationToken);
                if (live)
                {
                    changed++;
                }
                else
                {
                    added++;
                }
            }

            if (removeMissing)
            {
                foreach (var (missing, state) in existing)
                {
                    if (!state.Deleted && !written.Contains(missing) && !keep.Contains(missing))
                    {
                        removed += await TombstoneAsync(connection, transaction, kind, missing, stamp, cancellationToken);
                    }
                }
            }

            if (BeforeContentCommit is { } hold)
            {
                await hold(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await StampPendingAsync(cancellationToken);
        return new WriteResult(added, changed, removed, unchanged);
    }

    private static async Task<int> TombstoneAsync(SqliteConnection connection, SqliteTransaction transaction, string kind, string id, string stamp, CancellationToken ct)
    {
        await using var command = Command(connection, transaction, """
            UPDATE feed_objects SET json = NULL, content_hash = '', deleted = 1, last_modified = $modified, change_number = NULL, changed_at = NULL
            WHERE kind = $kind AND id = $id AND deleted = 0
            """);
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$modified", stamp);
        return await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<Dictionary<string, (string Hash, bool Deleted)>> ExistingAsync(SqliteConnection connection, SqliteTransaction transaction, string kind, CancellationToken ct)
    {
        var result = new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
        await using var command = Command(connection, transaction, "SELECT id, content_hash, deleted FROM feed_objects WHERE kind = $kind");
        command.Parameters.AddWithValue("$kind", kind);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result[reader.GetString(0)] = (reader.GetString(1), reader.GetInt64(2) == 1);
        }

        return result;
    }

    private static async Task<long> CounterAsync(SqliteConnection connection, SqliteTransaction transaction, string name, CancellationToken ct)
    {
        await using var command = Command(connection, transaction, "SELECT value FROM feed_counters WHERE name = $name");
        command.Parameters.AddWithValue("$name", name);
        return await command.ExecuteScalarAsync(ct) is long value ? value : 0;
    }

    private static async Task SetCounterAsync(SqliteConnection connection, SqliteTransaction transaction, string name, long value, CancellationToken ct)
    {
        await using var command = Command(connection, transaction,
            "INSERT INTO feed_counters (name, value) VALUES ($name, $value) ON CONFLICT(name) DO UPDATE SET value = excluded.value");
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$value", value);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string text)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        return command;
    }

    private static string Hash(FeedRecord record) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(record.Active ? record.Json : "inactive:" + record.Json)));

    /// <summary>UTC with milliseconds and a fixed width, so stored values also compare correctly as text.</summary>
    internal static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string WithLastModified(string json, string stamp)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node["last_modified"] = stamp;
        return node.ToJsonString(FeedJson.Options);
    }
}
