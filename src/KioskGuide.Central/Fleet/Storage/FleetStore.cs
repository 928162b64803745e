using System.Globalization;
using System.Text.Json;
using KioskGuide.Domain.Operations;
using KioskGuide.Sqlite;

namespace KioskGuide.Central.Fleet.Storage;

/// <summary>
/// The kiosks' heartbeats in their own SQLite file: the last status per kiosk, and a short history (the newest
/// <see cref="FleetOptions.HistoryPerKiosk"/> per kiosk). A status holds counts and ages only, never citizen data.
/// </summary>
public sealed class FleetStore(SqliteDatabase database, int historyPerKiosk)
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS fleet_heartbeats (
            kiosk_id TEXT NOT NULL,
            received_at TEXT NOT NULL,
            status TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS fleet_heartbeats_by_kiosk ON fleet_heartbeats (kiosk_id, received_at);
        """;

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task InitializeAsync(CancellationToken cancellationToken) => database.ExecuteAsync(Schema, cancellationToken);

    public async Task AddAsync(string kioskId, DateTimeOffset receivedAt, KioskStatus status, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO fleet_heartbeats (kiosk_id, received_at, status) VALUES ($kiosk, $at, $status)";
            insert.Parameters.AddWithValue("$kiosk", kioskId);
            insert.Parameters.AddWithValue("$at", Format(receivedAt));
            insert.Parameters.AddWithValue("$status", JsonSerializer.Serialize(status, Json));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var trim = connection.CreateCommand())
        {
            trim.CommandText = """
                DELETE FROM fleet_heartbeats WHERE kiosk_id = $kiosk AND rowid NOT IN
                    (SELECT rowid FROM fleet_heartbeats WHERE kiosk_id = $kiosk ORDER BY received_at DESC LIMIT $keep)
                """;
            trim.Parameters.AddWithValue("$kiosk", kioskId);
            trim.Parameters.AddWithValue("$keep", historyPerKiosk);
            await trim.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The newest heartbeat of every kiosk that ever sent one.</summary>
    public async Task<IReadOnlyList<Heartbeat>> LatestAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT kiosk_id, MAX(received_at), status FROM fleet_heartbeats GROUP BY kiosk_id
            """;
        return await ReadAsync(command, cancellationToken);
    }

    /// <summary>A kiosk's heartbeats, newest first.</summary>
    public async Task<IReadOnlyList<Heartbeat>> HistoryAsync(string kioskId, int count, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT kiosk_id, received_at, status FROM fleet_heartbeats WHERE kiosk_id = $kiosk ORDER BY received_at DESC LIMIT $count";
        command.Parameters.AddWithValue("$kiosk", kioskId);
        command.Parameters.AddWithValue("$count", count);
        return await ReadAsync(command, cancellationToken);
    }

    private static async Task<IReadOnlyList<Heartbeat>> ReadAsync(Microsoft.Data.Sqlite.SqliteCommand command, CancellationToken cancellationToken)
    {
        var beats = new List<Heartbeat>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var status = JsonSerializer.Deserialize<KioskStatus>(reader.GetString(2), Json);
            if (status is not null)
            {
                beats.Add(new Heartbeat(reader.GetString(0), DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), status));
            }
        }

        return beats;
    }

    // Fixed-width UTC so text order is time order (MAX and ORDER BY rely on it).
    private static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}

/// <summary>One status as the server received it, by the server's clock.</summary>
public sealed record Heartbeat(string KioskId, DateTimeOffset ReceivedAt, KioskStatus Status);
