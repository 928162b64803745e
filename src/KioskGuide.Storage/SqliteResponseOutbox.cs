using System.Globalization;
using KioskGuide.Sqlite;
using KioskGuide.Domain.CitizenInput;
using Microsoft.Data.Sqlite;

namespace KioskGuide.Storage;

/// <summary>
/// Citizens' answers waiting to be uploaded. An answer is committed here (FULL sync) before the citizen is
/// thanked, so a power cut after "thank you" loses nothing. It is held back until a random moment
/// (<c>notBefore</c>), so its upload cannot be tied to the moment a person stood at the kiosk, and it is
/// <b>deleted</b> once the server has acknowledged it: a stolen kiosk holds only what has not been sent yet.
/// </summary>
/// <remarks>
/// Rows keep no time of their own: only the moment they may next be tried (milliseconds, for the uploader), and a
/// refused answer the day it was refused (so <see cref="PurgeRejectedAsync"/> can drop it). Deleted rows are
/// overwritten (the database runs with <c>secure_delete</c>) and the write-ahead log is truncated after each
/// upload round (<see cref="CompactAsync"/>), so a sent answer is not left in free pages or in the WAL either.
/// </remarks>
public sealed class SqliteResponseOutbox(SqliteDatabase database)
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS response_outbox (
            id TEXT PRIMARY KEY NOT NULL,
            json TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending',
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_ms INTEGER NOT NULL DEFAULT 0,
            last_error TEXT
        );
        CREATE INDEX IF NOT EXISTS response_outbox_due ON response_outbox (state, next_attempt_ms);
        CREATE TABLE IF NOT EXISTS response_outbox_counts (
            name TEXT PRIMARY KEY NOT NULL,
            value INTEGER NOT NULL
        );
        """;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await database.ExecuteAsync(Schema, cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        if (!await HasColumnAsync(connection, "rejected_on", cancellationToken))
        {
            await using var alter = connection.CreateCommand();
            alter.CommandText = "ALTER TABLE response_outbox ADD COLUMN rejected_on TEXT";
            await alter.ExecuteNonQueryAsync(cancellationToken);
        }

        // A kiosk from before this version kept sent answers: count them and delete them now.
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var migrate = connection.CreateCommand();
        migrate.Transaction = transaction;
        migrate.CommandText = """
            INSERT INTO response_outbox_counts (name, value) SELECT 'sent', COUNT(*) FROM response_outbox WHERE state = 'sent'
            ON CONFLICT (name) DO UPDATE SET value = value + excluded.value;
            DELETE FROM response_outbox WHERE state = 'sent';
            """;
        await migrate.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Stores the answer durably, due at once (tests, the durability bench); returns once it is committed to disk.</summary>
    public async Task EnqueueAsync(QuestionnaireResponse response, CancellationToken cancellationToken = default) =>
        await EnqueueAsync(response, null, cancellationToken);

    /// <summary>Stores the answer durably; returns once it is committed to disk.</summary>
    /// <param name="notBefore">The earliest moment it may be uploaded; null: at once.</param>
    public async Task EnqueueAsync(QuestionnaireResponse response, DateTimeOffset? notBefore, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO response_outbox (id, json, next_attempt_ms) VALUES ($id, $json, $next)";
        command.Parameters.AddWithValue("$id", response.Id.ToString("D"));
        command.Parameters.AddWithValue("$json", CitizenInputJson.Serialize(response));
        command.Parameters.AddWithValue("$next", notBefore?.ToUnixTimeMilliseconds() ?? 0);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Pending answers whose next attempt is due, in no meaningful order (the uploader shuffles them).</summary>
    public async Task<IReadOnlyList<OutboxItem>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, json, attempts, next_attempt_ms FROM response_outbox
            WHERE state = 'pending' AND next_attempt_ms <= $now ORDER BY next_attempt_ms LIMIT $limit
            """;
        command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$limit", limit);
        var items = new List<OutboxItem>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new OutboxItem(Guid.Parse(reader.GetString(0)), reader.GetString(1), reader.GetInt32(2), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3))));
        }

        return items;
    }

    /// <summary>The server has the answer: it is deleted here (only the count of sent answers is kept).</summary>
    public async Task MarkSentAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DELETE FROM response_outbox WHERE id = $id";
        command.Parameters.AddWithValue("$id", id.ToString("D"));
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 1)
        {
            await using var count = connection.CreateCommand();
            count.Transaction = transaction;
            count.CommandText = "INSERT INTO response_outbox_counts (name, value) VALUES ('sent', 1) ON CONFLICT (name) DO UPDATE SET value = value + 1";
            await count.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The server refused the answer for good (e.g. invalid): kept for staff, never retried, purged after a while.</summary>
    public async Task MarkRejectedAsync(Guid id, string reason, DateOnly today, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE response_outbox SET state = 'rejected', last_error = $error, rejected_on = $on WHERE id = $id";
        command.Parameters.AddWithValue("$id", id.ToString("D"));
        command.Parameters.AddWithValue("$error", Clip(reason));
        command.Parameters.AddWithValue("$on", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ScheduleRetryAsync(Guid id, DateTimeOffset nextAttempt, string error, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE response_outbox SET attempts = attempts + 1, next_attempt_ms = $next, last_error = $error WHERE id = $id";
        command.Parameters.AddWithValue("$id", id.ToString("D"));
        command.Parameters.AddWithValue("$next", nextAttempt.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$error", Clip(error));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Deletes answers the server refused on or before <paramref name="onOrBefore"/>; returns how many.</summary>
    public async Task<int> PurgeRejectedAsync(DateOnly onOrBefore, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM response_outbox WHERE state = 'rejected' AND (rejected_on IS NULL OR rejected_on <= $on)";
        command.Parameters.AddWithValue("$on", onOrBefore.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Folds the write-ahead log into the database and empties it, so deleted answers leave no copy there.</summary>
    public async Task CompactAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>How many answers are pending, sent (a running count) and rejected: for the staff status screen.</summary>
    public async Task<OutboxCounts> CountsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT state, COUNT(*) FROM response_outbox GROUP BY state
            UNION ALL SELECT 'sent', value FROM response_outbox_counts WHERE name = 'sent'
            """;
        int pending = 0, sent = 0, rejected = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            switch (reader.GetString(0))
            {
                case "pending": pending += reader.GetInt32(1); break;
                case "sent": sent += reader.GetInt32(1); break;
                case "rejected": rejected += reader.GetInt32(1); break;
            }
        }

        return new OutboxCounts(pending, sent, rejected);
    }

    private static string Clip(string error) => error.Length > 500 ? error[..500] : error;

    private static async Task<bool> HasColumnAsync(SqliteConnection connection, string column, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM pragma_table_info('response_outbox') WHERE name = $name";
        command.Parameters.AddWithValue("$name", column);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0;
    }
}

/// <param name="DueSince">When it became due: the uploader waits for a batch, but not forever.</param>
public sealed record OutboxItem(Guid Id, string Json, int Attempts, DateTimeOffset DueSince);

public sealed record OutboxCounts(int Pending, int Sent, int Rejected);
