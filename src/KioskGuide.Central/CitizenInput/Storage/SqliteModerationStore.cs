using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KioskGuide.Central.CitizenInput.Storage;

/// <summary>Hidden free-text answers in SQLite, apart from the answers themselves, which never change.</summary>
public sealed class SqliteModerationStore(CitizenInputDatabase database) : IModerationStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS input_hidden_texts (
            response_id TEXT NOT NULL,
            question_id TEXT NOT NULL,
            hidden_by TEXT NOT NULL,
            hidden_at TEXT NOT NULL,
            PRIMARY KEY (response_id, question_id)
        );
        """;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await database.Sqlite.ExecuteAsync(Schema, cancellationToken);
    }

    public async Task HideAsync(TextKey text, string hiddenBy, DateTimeOffset hiddenAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.Sqlite.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO input_hidden_texts (response_id, question_id, hidden_by, hidden_at) VALUES ($response, $question, $by, $at)
            ON CONFLICT (response_id, question_id) DO NOTHING
            """;
        command.Parameters.AddWithValue("$response", text.ResponseId.ToString("D"));
        command.Parameters.AddWithValue("$question", text.QuestionId);
        command.Parameters.AddWithValue("$by", hiddenBy);
        command.Parameters.AddWithValue("$at", hiddenAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<HiddenText>> HiddenAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.Sqlite.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT response_id, question_id, hidden_by, hidden_at FROM input_hidden_texts";
        var hidden = new List<HiddenText>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            hidden.Add(new HiddenText(
                new TextKey(Guid.Parse(reader.GetString(0)), reader.GetString(1)),
                reader.GetString(2),
                DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)));
        }

        return hidden;
    }
}
