using KioskGuide.Sqlite;
namespace KioskGuide.Storage;

/// <summary>
/// The questionnaire the central server last delivered, kept so the kiosk asks it after a restart while
/// offline. One row, replaced in one statement: a power cut leaves the old questionnaire or the new one, never half.
/// </summary>
public sealed class SqliteQuestionnaireStore(SqliteDatabase database)
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS delivered_questionnaire (
            slot INTEGER PRIMARY KEY CHECK (slot = 1),
            json TEXT NOT NULL,
            etag TEXT,
            saved_ms INTEGER NOT NULL
        );
        """;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await database.ExecuteAsync(Schema, cancellationToken);
    }

    /// <summary>The saved questionnaire, or null when the server never delivered one.</summary>
    public async Task<SavedQuestionnaire?> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json, etag, saved_ms FROM delivered_questionnaire WHERE slot = 1";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new SavedQuestionnaire(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)))
            : null;
    }

    /// <summary>Replaces the saved questionnaire; returns once the change is committed to disk.</summary>
    public async Task SaveAsync(SavedQuestionnaire saved, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(saved);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO delivered_questionnaire (slot, json, etag, saved_ms) VALUES (1, $json, $etag, $saved)
            ON CONFLICT (slot) DO UPDATE SET json = excluded.json, etag = excluded.etag, saved_ms = excluded.saved_ms
            """;
        command.Parameters.AddWithValue("$json", saved.Json);
        command.Parameters.AddWithValue("$etag", (object?)saved.ETag ?? DBNull.Value);
        command.Parameters.AddWithValue("$saved", saved.SavedAt.ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>A questionnaire as the server sent it, with its ETag for the next conditional GET.</summary>
public sealed record SavedQuestionnaire(string Json, string? ETag, DateTimeOffset SavedAt);
