using System.Globalization;
using KioskGuide.Domain.Demand;
using KioskGuide.Sqlite;
using Microsoft.Data.Sqlite;

namespace KioskGuide.Storage;

/// <summary>
/// The kiosk's demand counters, per calendar day (<see cref="DemandDay"/>): no time of day, no session, no order. A
/// flush adds a batch of increments to them in one transaction; each change bumps the day's version, so the
/// uploader knows a day changed after it was sent (a late flush) and sends the whole day again, which replaces it.
/// </summary>
/// <remarks>
/// <c>WITHOUT ROWID</c> tables keyed by day, kind and key: rows are stored in key order, so even the file's layout does
/// not tell which term was searched first. Sent days are deleted after <see cref="KeepSentDays"/>, unsent ones after
/// <see cref="KeepUnsentDays"/> (a kiosk with no server never piles them up).
/// </remarks>
public sealed class SqliteDemandStore(SqliteDatabase database)
{
    public const int KeepSentDays = 7;
    public const int KeepUnsentDays = 60;

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS demand_counts (
            day TEXT NOT NULL,
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (day, kind, key)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS demand_days (
            day TEXT PRIMARY KEY NOT NULL,
            version INTEGER NOT NULL,
            sent_version INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID;
        """;

    public Task InitializeAsync(CancellationToken cancellationToken = default) => database.ExecuteAsync(Schema, cancellationToken);

    /// <summary>Adds the increments of one flush, all days in one transaction (all or nothing).</summary>
    public async Task AddAsync(IReadOnlyDictionary<DateOnly, IReadOnlyList<DemandCount>> increments, CancellationToken cancellationToken = default)
    {
        if (increments.Count == 0)
        {
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var add = connection.CreateCommand();
        add.Transaction = transaction;
        add.CommandText = """
            INSERT INTO demand_counts (day, kind, key, count) VALUES ($day, $kind, $key, $count)
            ON CONFLICT (day, kind, key) DO UPDATE SET count = count + excluded.count
            """;
        var day = add.Parameters.Add("$day", SqliteType.Text);
        var kind = add.Parameters.Add("$kind", SqliteType.Text);
        var key = add.Parameters.Add("$key", SqliteType.Text);
        var count = add.Parameters.Add("$count", SqliteType.Integer);
        await using var bump = connection.CreateCommand();
        bump.Transaction = transaction;
        bump.CommandText = "INSERT INTO demand_days (day, version) VALUES ($day, 1) ON CONFLICT (day) DO UPDATE SET version = version + 1";
        var bumpDay = bump.Parameters.Add("$day", SqliteType.Text);
        foreach (var (date, counts) in increments)
        {
            day.Value = bumpDay.Value = Text(date);
            foreach (var c in counts)
            {
                kind.Value = c.Kind;
                key.Value = c.Key;
                count.Value = c.Count;
                await add.ExecuteNonQueryAsync(cancellationToken);
            }

            await bump.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Days before <paramref name="today"/> changed since they were last sent, each with its version and all its counts.</summary>
    public async Task<IReadOnlyList<(DemandDay Day, long Version)>> UnsentClosedDaysAsync(string kioskId, DateOnly today, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: true);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT d.day, d.version, c.kind, c.key, c.count FROM demand_days d JOIN demand_counts c ON c.day = d.day
            WHERE d.version > d.sent_version AND d.day < $today ORDER BY d.day, c.kind, c.key
            """;
        command.Parameters.AddWithValue("$today", Text(today));
        var days = new List<(DemandDay, long)>();
        string? current = null;
        long version = 0;
        var counts = new List<DemandCount>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var day = reader.GetString(0);
                if (day != current)
                {
                    Flush();
                    current = day;
                    version = reader.GetInt64(1);
                }

                counts.Add(new DemandCount(reader.GetString(2), reader.GetString(3), reader.GetInt32(4)));
            }
        }

        Flush();
        return days;

        void Flush()
        {
            if (current is not null)
            {
                days.Add((new DemandDay(kioskId, Parse(current), [.. counts]), version));
                counts.Clear();
            }
        }
    }

    /// <summary>The server has the day as it was at <paramref name="version"/>; a later flush makes it unsent again.</summary>
    public async Task MarkSentAsync(DateOnly day, long version, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE demand_days SET sent_version = MAX(sent_version, $version) WHERE day = $day";
        command.Parameters.AddWithValue("$day", Text(day));
        command.Parameters.AddWithValue("$version", version);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>One day's counts as stored (staff, tests); empty when none.</summary>
    public async Task<IReadOnlyList<DemandCount>> CountsAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT kind, key, count FROM demand_counts WHERE day = $day ORDER BY kind, key";
        command.Parameters.AddWithValue("$day", Text(day));
        var counts = new List<DemandCount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts.Add(new DemandCount(reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
        }

        return counts;
    }

    /// <summary>Deletes sent days older than <see cref="KeepSentDays"/> and any day older than <see cref="KeepUnsentDays"/>.</summary>
    public async Task<int> PurgeAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            CREATE TEMP TABLE IF NOT EXISTS demand_gone (day TEXT PRIMARY KEY);
            DELETE FROM demand_gone;
            INSERT INTO demand_gone SELECT day FROM demand_days
             WHERE (sent_version >= version AND day < $sent) OR day < $unsent;
            DELETE FROM demand_counts WHERE day IN (SELECT day FROM demand_gone);
            DELETE FROM demand_days WHERE day IN (SELECT day FROM demand_gone);
            SELECT COUNT(*) FROM demand_gone;
            """;
        command.Parameters.AddWithValue("$sent", Text(today.AddDays(-KeepSentDays)));
        command.Parameters.AddWithValue("$unsent", Text(today.AddDays(-KeepUnsentDays)));
        var gone = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        await transaction.CommitAsync(cancellationToken);
        return gone;
    }

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Parse(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
