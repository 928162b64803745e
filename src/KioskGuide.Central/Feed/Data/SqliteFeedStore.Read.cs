using Microsoft.Data.Sqlite;

namespace KioskGuide.Central.Feed.Data;

/// <summary>The read side: RPDE pages by change number, HSDS lists by id.</summary>
public sealed partial class SqliteFeedStore
{
    private const string VisibleChanges = "FROM feed_objects WHERE kind = $kind AND change_number > $after AND changed_at <= $visible ORDER BY change_number LIMIT $limit";

    public async Task<ChangePeek> PeekChangesAsync(string kind, long after, int limit, DateTimeOffset visibleBefore, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Changes(connection, $"SELECT COUNT(*), MAX(change_number) FROM (SELECT change_number {VisibleChanges})", kind, after, limit, visibleBefore);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        int count = reader.GetInt32(0);
        return new ChangePeek(count, count == 0 ? after : reader.GetInt64(1));
    }

    public async Task<IReadOnlyList<FeedChange>> ReadChangesAsync(string kind, long after, int limit, DateTimeOffset visibleBefore, CancellationToken cancellationToken)
    {
        var changes = new List<FeedChange>(Math.Min(limit, 1000));
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Changes(connection, $"SELECT id, change_number, CASE WHEN deleted = 1 OR active = 0 THEN NULL ELSE json END {VisibleChanges}", kind, after, limit, visibleBefore);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            changes.Add(new FeedChange(reader.GetString(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        }

        return changes;
    }

    public async Task<ListPage> ListAsync(string kind, int page, int perPage, DateTimeOffset? modifiedAfter, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        string filter = "FROM feed_objects WHERE kind = $kind AND deleted = 0" + (modifiedAfter is null ? "" : " AND last_modified >= $after");
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) " + filter;
        AddListParameters(count, kind, modifiedAfter);
        int total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);

        var items = new List<string>(perPage);
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT json " + filter + " ORDER BY id LIMIT $limit OFFSET $offset";
        AddListParameters(select, kind, modifiedAfter);
        select.Parameters.AddWithValue("$limit", perPage);
        select.Parameters.AddWithValue("$offset", (long)(page - 1) * perPage);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(reader.GetString(0));
        }

        return new ListPage(total, items);
    }

    public async Task<string?> GetAsync(string kind, string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM feed_objects WHERE kind = $kind AND id = $id AND deleted = 0";
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task<int> CountAsync(string kind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM feed_objects WHERE kind = $kind AND deleted = 0";
        command.Parameters.AddWithValue("$kind", kind);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static SqliteCommand Changes(SqliteConnection connection, string text, string kind, long after, int limit, DateTimeOffset visibleBefore)
    {
        var command = connection.CreateCommand();
        command.CommandText = text;
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$after", after);
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$visible", visibleBefore.ToUnixTimeMilliseconds());
        return command;
    }

    private static void AddListParameters(SqliteCommand command, string kind, DateTimeOffset? modifiedAfter)
    {
        command.Parameters.AddWithValue("$kind", kind);
        if (modifiedAfter is { } after)
        {
            command.Parameters.AddWithValue("$after", Timestamp(after));
        }
    }
}
