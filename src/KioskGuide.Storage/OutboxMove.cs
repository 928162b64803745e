using KioskGuide.Sqlite;

namespace KioskGuide.Storage;

/// <summary>
/// Kiosks before this version kept the answer outbox inside the content database. Its waiting answers move to
/// the outbox's own file once: copied and committed there first, then deleted from the old file, so a crash in
/// between leaves a copy in both and the next start copies nothing twice (the answer id is the key).
/// </summary>
public static class OutboxMove
{
    /// <returns>How many answers were moved.</returns>
    public static async Task<int> FromContentDatabaseAsync(SqliteDatabase content, SqliteDatabase outbox, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(outbox);
        if (!File.Exists(content.FilePath))
        {
            return 0;
        }

        await using (var old = await content.OpenAsync(cancellationToken))
        await using (var probe = old.CreateCommand())
        {
            probe.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'response_outbox'";
            if ((long)(await probe.ExecuteScalarAsync(cancellationToken))! == 0)
            {
                return 0;
            }
        }

        int moved;
        await using (var target = await outbox.OpenAsync(cancellationToken))
        await using (var copy = target.CreateCommand())
        {
            copy.CommandText = """
                ATTACH DATABASE $old AS old;
                INSERT OR IGNORE INTO main.response_outbox (id, json, state, attempts, next_attempt_ms, last_error)
                    SELECT id, json, state, attempts, next_attempt_ms, last_error FROM old.response_outbox WHERE state <> 'sent';
                """;
            copy.Parameters.AddWithValue("$old", content.FilePath);
            moved = await copy.ExecuteNonQueryAsync(cancellationToken);
            await using var detach = target.CreateCommand();
            detach.CommandText = "DETACH DATABASE old";
            await detach.ExecuteNonQueryAsync(cancellationToken);
        }

        await content.ExecuteAsync("DROP TABLE response_outbox", cancellationToken);
        return moved;
    }
}
