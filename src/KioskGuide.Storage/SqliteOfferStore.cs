using KioskGuide.Sqlite;
using System.Text.Json;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace KioskGuide.Storage;

/// <summary>
/// Offers as JSON documents keyed by id. Documents keep the store schema stable while the offer
/// model grows; the few columns beside the JSON are what queries and sync need.
/// </summary>
public sealed partial class SqliteOfferStore(SqliteDatabase database, ILogger<SqliteOfferStore> logger)
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS offers (
            id TEXT PRIMARY KEY NOT NULL,
            json TEXT NOT NULL,
            modified INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE IF NOT EXISTS store_meta (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        );
        """;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await database.ExecuteAsync(Schema + FeedSchema, cancellationToken);
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM offers";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>All stored offers. A row that no longer parses is logged and left out, never fatal.</summary>
    public async Task<IReadOnlyList<Offer>> LoadAllAsync(CancellationToken cancellationToken = default)
    {
        var offers = new List<Offer>();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, json FROM offers";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            try
            {
                offers.Add(OfferJson.Deserialize(reader.GetString(1)));
            }
            catch (JsonException ex)
            {
                logger.LogError("Stored offer {OfferId} could not be read and is not shown: {Reason}", reader.GetString(0), ex.Message);
            }
        }

        return offers;
    }

    /// <summary>Inserts or replaces offers in one transaction: all land or none do.</summary>
    public async Task UpsertAsync(IEnumerable<Offer> offers, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO offers (id, json, modified) VALUES ($id, $json, $modified)
            ON CONFLICT(id) DO UPDATE SET json = excluded.json, modified = excluded.modified
            """;
        var id = command.Parameters.Add("$id", SqliteType.Text);
        var json = command.Parameters.Add("$json", SqliteType.Text);
        var modified = command.Parameters.Add("$modified", SqliteType.Integer);
        foreach (var offer in offers)
        {
            id.Value = offer.Id.ToString("D");
            json.Value = OfferJson.Serialize(offer);
            modified.Value = offer.LastModified?.ToUnixTimeMilliseconds() ?? 0;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<string?> GetMetaAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM store_meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task SetMetaAsync(string key, string value, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO store_meta (key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
