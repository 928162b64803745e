using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KioskGuide.Central.CitizenInput.Storage;

/// <summary>Kiosk token hashes in SQLite, and the hashes revoked, which never come back.</summary>
public sealed class SqliteKioskTokenStore(CitizenInputDatabase database, TimeProvider time) : IKioskTokenStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS input_kiosk_tokens (
            token_sha256 TEXT PRIMARY KEY NOT NULL,
            kiosk_id TEXT NOT NULL,
            created_on TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS input_revoked_tokens (
            token_sha256 TEXT PRIMARY KEY NOT NULL,
            kiosk_id TEXT NOT NULL,
            revoked_on TEXT NOT NULL
        );
        """;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await database.Sqlite.ExecuteAsync(Schema, cancellationToken);
    }

    public async Task<bool> AddAsync(string kioskId, string tokenSha256, CancellationToken cancellationToken)
    {
        await using var connection = await database.Sqlite.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO input_kiosk_tokens (token_sha256, kiosk_id, created_on)
            SELECT $hash, $kiosk, $on WHERE NOT EXISTS (SELECT 1 FROM input_revoked_tokens WHERE token_sha256 = $hash)
            ON CONFLICT (token_sha256) DO UPDATE SET kiosk_id = excluded.kiosk_id
            """;
        command.Parameters.AddWithValue("$hash", tokenSha256.ToLowerInvariant());
        command.Parameters.AddWithValue("$kiosk", kioskId);
        command.Parameters.AddWithValue("$on", Today());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<int> RevokeAsync(string kioskId, CancellationToken cancellationToken, IEnumerable<string>? alsoRevoke = null)
    {
        await using var connection = await database.Sqlite.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var remember = connection.CreateCommand();
        remember.Transaction = transaction;
        remember.CommandText = """
            INSERT INTO input_revoked_tokens (token_sha256, kiosk_id, revoked_on)
            SELECT token_sha256, kiosk_id, $on FROM input_kiosk_tokens WHERE kiosk_id = $kiosk
            ON CONFLICT (token_sha256) DO NOTHING
            """;
        remember.Parameters.AddWithValue("$kiosk", kioskId);
        remember.Parameters.AddWithValue("$on", Today());
        await remember.ExecuteNonQueryAsync(cancellationToken);

        foreach (var hash in alsoRevoke ?? [])
        {
            await using var extra = connection.CreateCommand();
            extra.Transaction = transaction;
            extra.CommandText = "INSERT INTO input_revoked_tokens (token_sha256, kiosk_id, revoked_on) VALUES ($hash, $kiosk, $on) ON CONFLICT (token_sha256) DO NOTHING";
            extra.Parameters.AddWithValue("$hash", hash.ToLowerInvariant());
            extra.Parameters.AddWithValue("$kiosk", kioskId);
            extra.Parameters.AddWithValue("$on", Today());
            await extra.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var delete = connection.CreateCommand();
        delete.Transaction = transaction;
        delete.CommandText = "DELETE FROM input_kiosk_tokens WHERE kiosk_id = $kiosk";
        delete.Parameters.AddWithValue("$kiosk", kioskId);
        int removed = await delete.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return removed;
    }

    public async Task<bool> IsRevokedAsync(string tokenSha256, CancellationToken cancellationToken)
    {
        await using var connection = await database.Sqlite.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM input_revoked_tokens WHERE token_sha256 = $hash";
        command.Parameters.AddWithValue("$hash", tokenSha256.ToLowerInvariant());
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0;
    }

    /// <summary>Every token that may be used: a revoked hash is left out even if something put it back.</summary>
    public async Task<IReadOnlyList<KioskTokenHash>> AllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.Sqlite.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT kiosk_id, token_sha256 FROM input_kiosk_tokens t
            WHERE NOT EXISTS (SELECT 1 FROM input_revoked_tokens r WHERE r.token_sha256 = t.token_sha256)
            """;
        var tokens = new List<KioskTokenHash>();
        await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            tokens.Add(new KioskTokenHash(reader.GetString(0), reader.GetString(1)));
        }

        return tokens;
    }

    private string Today() => time.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
