using Microsoft.Data.Sqlite;

namespace KioskGuide.Central.CitizenInput.Storage;

/// <summary>Kiosk token hashes in SQLite.</summary>
public sealed class SqliteKioskTokenStore(CitizenInputDatabase database, TimeProvider time) : IKioskTokenStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS input_kiosk_tokens (
            token_sha256 TEXT PRIMARY KEY NOT NULL,
            kiosk_id TEXT NOT NULL,
            created_on TEXT NOT NULL
        );
        """;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await database.Sqlite.ExecuteAsync(Schema, cancellationToken);
    }

    public async Task AddAsync(string kioskId, string tokenSha256, CancellationToken cancellationToken)
    {
        await using var connection = await database.Sqlite.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO input_kiosk_tokens (token_sha256, kiosk_id, created_on) VALUES ($hash, $kiosk, $on)
            ON CONFLICT (token_sha256) DO UPDATE SET kiosk_id = excluded.kiosk_id
            """;
        command.Parameters.AddWithValue("$hash", tokenSha256.ToLowerInvariant());
        command.Parameters.AddWithValue("$kiosk", kioskId);
        command.Parameters.AddWithValue("$on", time.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> RevokeAsync(string kioskId, CancellationToken cancellationToken)
    {
        await using var connection = await database.Sqlite.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM input_kiosk_tokens WHERE kiosk_id = $kiosk";
        command.Parameters.AddWithValue("$kiosk", kioskId);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<KioskTokenHash>> AllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.Sqlite.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT kiosk_id, token_sha256 FROM input_kiosk_tokens";
        var tokens = new List<KioskTokenHash>();
        await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            tokens.Add(new KioskTokenHash(reader.GetString(0), reader.GetString(1)));
        }

        return tokens;
    }
}
