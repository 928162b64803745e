using System.Globalization;
using KioskGuide.Domain.CitizenInput;
using Microsoft.Data.Sqlite;

namespace KioskGuide.Central.CitizenInput.Storage;

/// <summary>
/// Answers in SQLite. The answer's id is the primary key, and the insert is <c>ON CONFLICT DO NOTHING</c>
/// inside an immediate transaction, so twenty concurrent copies of one upload store one row.
/// Only the date of an answer is kept; no address, no time of day, nothing about the request — and no arrival
/// order either: reads sort by date, then by the answer's random id, never by rowid.
/// </summary>
public sealed class SqliteResponseStore(CitizenInputDatabase database) : IResponseStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS input_responses (
            id TEXT PRIMARY KEY NOT NULL,
            kiosk_id TEXT NOT NULL,
            questionnaire_id TEXT NOT NULL,
            questionnaire_version INTEGER NOT NULL,
            answer_date TEXT NOT NULL,
            language TEXT NOT NULL,
            age_band TEXT,
            area TEXT,
            life_situation TEXT,
            json TEXT NOT NULL,
            fingerprint TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS input_responses_report ON input_responses (questionnaire_id, answer_date);
        """;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await database.Sqlite.ExecuteAsync(Schema, cancellationToken);
    }

    public async Task<StoreOutcome> AddAsync(StoredResponse response, CancellationToken cancellationToken)
    {
        var r = response.Response;
        await using var connection = await database.Sqlite.OpenAsync(cancellationToken);
        // BEGIN IMMEDIATE: the write lock is taken before the insert, so a concurrent copy waits instead of failing.
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO input_responses (id, kiosk_id, questionnaire_id, questionnaire_version, answer_date, language, age_band, area, life_situation, json, fingerprint)
            VALUES ($id, $kiosk, $questionnaire, $version, $date, $language, $age, $area, $life, $json, $fingerprint)
            ON CONFLICT (id) DO NOTHING
            """;
        insert.Parameters.AddWithValue("$id", Key(r.Id));
        insert.Parameters.AddWithValue("$kiosk", r.KioskId);
        insert.Parameters.AddWithValue("$questionnaire", r.QuestionnaireId);
        insert.Parameters.AddWithValue("$version", r.QuestionnaireVersion);
        insert.Parameters.AddWithValue("$date", r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        insert.Parameters.AddWithValue("$language", r.Language);
        insert.Parameters.AddWithValue("$age", (object?)response.Segments.AgeBand ?? DBNull.Value);
        insert.Parameters.AddWithValue("$area", (object?)response.Segments.Area ?? DBNull.Value);
        insert.Parameters.AddWithValue("$life", (object?)response.Segments.LifeSituation ?? DBNull.Value);
        insert.Parameters.AddWithValue("$json", response.Json);
        insert.Parameters.AddWithValue("$fingerprint", response.Fingerprint);
        var inserted = await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
        var stored = inserted ? response.Fingerprint : await FingerprintAsync(connection, transaction, r.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (inserted)
        {
            return StoreOutcome.Created;
        }

        return stored == response.Fingerprint ? StoreOutcome.Replayed : StoreOutcome.KeyReused;
    }

    public async Task<string?> FingerprintAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.Sqlite.OpenAsync(cancellationToken);
        return await FingerprintAsync(connection, null, id, cancellationToken);
    }

    public async Task<IReadOnlyList<QuestionnaireResponse>> QueryAsync(ResponseQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await database.Sqlite.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var where = new List<string> { "questionnaire_id = $questionnaire" };
        command.Parameters.AddWithValue("$questionnaire", query.QuestionnaireId);
        Add("kiosk_id = $kiosk", "$kiosk", query.KioskId);
        Add("answer_date >= $from", "$from", query.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("answer_date <= $to", "$to", query.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("age_band = $age", "$age", query.AgeBand);
        Add("area = $area", "$area", query.Area);
        command.CommandText = $"SELECT json FROM input_responses WHERE {string.Join(" AND ", where)} ORDER BY answer_date, id";

        var responses = new List<QuestionnaireResponse>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            responses.Add(CitizenInputJson.DeserializeResponse(reader.GetString(0)));
        }

        return responses;

        void Add(string condition, string name, string? value)
        {
            if (value is not null)
            {
                where.Add(condition);
                command.Parameters.AddWithValue(name, value);
            }
        }
    }

    public async Task<IReadOnlyList<string>> KioskIdsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.Sqlite.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT kiosk_id FROM input_responses ORDER BY kiosk_id";
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public async Task<int> PurgeBeforeAsync(DateOnly before, CancellationToken cancellationToken)
    {
        string day = before.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await using var connection = await database.Sqlite.OpenAsync(cancellationToken);
        await using (var transaction = connection.BeginTransaction(deferred: false))
        {
            await using var hidden = connection.CreateCommand();
            hidden.Transaction = transaction;
            // The moderation table may not exist yet in a store used alone (tests, tools).
            hidden.CommandText = """
                CREATE TABLE IF NOT EXISTS input_hidden_texts (response_id TEXT NOT NULL, question_id TEXT NOT NULL, hidden_by TEXT NOT NULL, hidden_at TEXT NOT NULL, PRIMARY KEY (response_id, question_id));
                DELETE FROM input_hidden_texts WHERE response_id IN (SELECT id FROM input_responses WHERE answer_date < $before);
                """;
            hidden.Parameters.AddWithValue("$before", day);
            await hidden.ExecuteNonQueryAsync(cancellationToken);

            await using var answers = connection.CreateCommand();
            answers.Transaction = transaction;
            answers.CommandText = "DELETE FROM input_responses WHERE answer_date < $before";
            answers.Parameters.AddWithValue("$before", day);
            int removed = await answers.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            if (removed == 0)
            {
                return 0;
            }

            // secure_delete zeroed the freed pages; empty the WAL too, so no copy of a purged answer stays on disk.
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await checkpoint.ExecuteNonQueryAsync(cancellationToken);
            return removed;
        }
    }

    private static async Task<string?> FingerprintAsync(SqliteConnection connection, SqliteTransaction? transaction, Guid id, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT fingerprint FROM input_responses WHERE id = $id";
        command.Parameters.AddWithValue("$id", Key(id));
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static string Key(Guid id) => id.ToString("D");
}
