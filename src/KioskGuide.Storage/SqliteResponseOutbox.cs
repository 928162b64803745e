using KioskGuide.Sqlite;
using KioskGuide.Domain.CitizenInput;
using Microsoft.Data.Sqlite;

namespace KioskGuide.Storage;

/// <summary>
/// Citizens' answers waiting to be uploaded. An answer is committed here (FULL sync) before the
/// citizen is thanked, so a power cut after "thank you" loses nothing; it leaves only on a 2xx.
/// </summary>
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
        """;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await database.ExecuteAsync(Schema, cancellationToken);
    }

    /// <summary>Stores the answer durably; returns once it is committed to disk.</summary>
    public async Task EnqueueAsync(QuestionnaireResponse response, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO response_outbox (id, json) VALUES ($id, $json)";
        command.Parameters.AddWithValue("$id", response.Id.ToString("D"));
        command.Parameters.AddWithValue("$json", CitizenInputJson.Serialize(response));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Pending answers whose next attempt is due, oldest first.</summary>
    public async Task<IReadOnlyList<OutboxItem>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, json, attempts FROM response_outbox
            WHERE state = 'pending' AND next_attempt_ms <= $now ORDER BY rowid LIMIT $limit
            """;
        command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$limit", limit);
        var items = new List<OutboxItem>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new OutboxItem(Guid.Parse(reader.GetString(0)), reader.GetString(1), reader.GetInt32(2)));
        }

        return items;
    }

    public Task MarkSentAsync(Guid id, CancellationToken cancellationToken = default) =>
        UpdateAsync(id, "UPDATE response_outbox SET state = 'sent', last_error = NULL WHERE id = $id", null, null, cancellationToken);

    /// <summary>The server refused the answer for good (e.g. invalid): kept for staff, never retried.</summary>
    public Task MarkRejectedAsync(Guid id, string reason, CancellationToken cancellationToken = default) =>
        UpdateAsync(id, "UPDATE response_outbox SET state = 'rejected', last_error = $error WHERE id = $id", reason, null, cancellationToken);

    public Task ScheduleRetryAsync(Guid id, DateTimeOffset nextAttempt, string error, CancellationToken cancellationToken = default) =>
        UpdateAsync(id, "UPDATE response_outbox SET attempts = attempts + 1, next_attempt_ms = $next, last_error = $error WHERE id = $id", error, nextAttempt, cancellationToken);

    /// <summary>How many answers are pending, sent and rejected: for the staff status screen.</summary>
    public async Task<OutboxCounts> CountsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT state, COUNT(*) FROM response_outbox GROUP BY state";
        int pending = 0, sent = 0, rejected = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            switch (reader.GetString(0))
            {
                case "pending": pending = reader.GetInt32(1); break;
                case "sent": sent = reader.GetInt32(1); break;
                case "rejected": rejected = reader.GetInt32(1); break;
            }
        }

        return new OutboxCounts(pending, sent, rejected);
    }

    private async Task UpdateAsync(Guid id, string sql, string? error, DateTimeOffset? next, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id.ToString("D"));
        if (error is not null)
        {
            command.Parameters.AddWithValue("$error", error.Length > 500 ? error[..500] : error);
        }

        if (next is { } when)
        {
            command.Parameters.AddWithValue("$next", when.ToUnixTimeMilliseconds());
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

public sealed record OutboxItem(Guid Id, string Json, int Attempts);

public sealed record OutboxCounts(int Pending, int Sent, int Rejected);
