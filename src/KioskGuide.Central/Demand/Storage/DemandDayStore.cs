using System.Globalization;
using KioskGuide.Central.CitizenInput.Storage;
using KioskGuide.Domain.Demand;
using Microsoft.Data.Sqlite;

namespace KioskGuide.Central.Demand.Storage;

/// <summary>One stored counter: what one kiosk counted on one day.</summary>
public sealed record DemandRow(string KioskId, DateOnly Day, string Kind, string Key, int Count);

/// <summary>
/// The kiosks' demand counters per kiosk and calendar day, in the citizen-input database (the one file a DPO reads
/// about). A day is replaced whole: the kiosk sends the full day, so a resend or a corrected day never adds up twice.
/// Nothing about the request is stored (no IP, no time of arrival).
/// </summary>
public sealed class DemandDayStore(CitizenInputDatabase database)
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS demand_counts (
            kiosk_id TEXT NOT NULL,
            day TEXT NOT NULL,
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (kiosk_id, day, kind, key)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS demand_counts_day ON demand_counts (day);
        """;

    public Task InitializeAsync(CancellationToken cancellationToken) => database.Sqlite.ExecuteAsync(Schema, cancellationToken);

    /// <summary>Makes the stored day exactly <paramref name="day"/>; returns whether it was new (false: replaced).</summary>
    public async Task<bool> ReplaceDayAsync(DemandDay day, CancellationToken cancellationToken)
    {
        await using var connection = await database.Sqlite.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var delete = connection.CreateCommand();
        delete.Transaction = transaction;
        delete.CommandText = "DELETE FROM demand_counts WHERE kiosk_id = $kiosk AND day = $day";
        delete.Parameters.AddWithValue("$kiosk", day.KioskId);
        delete.Parameters.AddWithValue("$day", Text(day.Day));
        bool replaced = await delete.ExecuteNonQueryAsync(cancellationToken) > 0;

        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO demand_counts (kiosk_id, day, kind, key, count) VALUES ($kiosk, $day, $kind, $key, $count)";
        insert.Parameters.AddWithValue("$kiosk", day.KioskId);
        insert.Parameters.AddWithValue("$day", Text(day.Day));
        var kind = insert.Parameters.Add("$kind", SqliteType.Text);
        var key = insert.Parameters.Add("$key", SqliteType.Text);
        var count = insert.Parameters.Add("$count", SqliteType.Integer);
        foreach (var c in day.Counts)
        {
            kind.Value = c.Kind;
            key.Value = c.Key;
            count.Value = c.Count;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return !replaced;
    }

    /// <summary>Every counter of the days from <paramref name="from"/> to <paramref name="to"/> (both included), all kiosks.</summary>
    public async Task<IReadOnlyList<DemandRow>> ReadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var connection = await database.Sqlite.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT kiosk_id, day, kind, key, count FROM demand_counts WHERE day >= $from AND day <= $to ORDER BY kiosk_id, day, kind, key";
        command.Parameters.AddWithValue("$from", Text(from));
        command.Parameters.AddWithValue("$to", Text(to));
        var rows = new List<DemandRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new DemandRow(reader.GetString(0), DateOnly.ParseExact(reader.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture), reader.GetString(2), reader.GetString(3), reader.GetInt32(4)));
        }

        return rows;
    }

    /// <summary>The last day any kiosk sent, or null when none has.</summary>
    public async Task<DateOnly?> LatestDayAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.Sqlite.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT MAX(day) FROM demand_counts";
        return await command.ExecuteScalarAsync(cancellationToken) is string day ? DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The kiosks that have sent anything.</summary>
    public async Task<IReadOnlyList<string>> KioskIdsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.Sqlite.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT kiosk_id FROM demand_counts ORDER BY kiosk_id";
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>Deletes every day before <paramref name="keepFrom"/> (the same retention rule as the answers).</summary>
    public async Task<int> PurgeBeforeAsync(DateOnly keepFrom, CancellationToken cancellationToken)
    {
        await using var connection = await database.Sqlite.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM demand_counts WHERE day < $keep";
        command.Parameters.AddWithValue("$keep", Text(keepFrom));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
