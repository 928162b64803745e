using KioskGuide.Central.CitizenInput.Storage;
using KioskGuide.Domain.CitizenInput;
using KioskGuide.Sqlite;
using KioskGuide.Storage;
using Microsoft.Data.Sqlite;

namespace KioskGuide.InputDurability;

/// <summary>
/// Compares the three records after the run: the ids the kiosk reported as committed, what is left in the
/// kiosk's outbox (a sent answer is deleted there once the server has acknowledged it), and the server's
/// database (read through the server's own store).
/// </summary>
internal sealed record DurabilityCheck(int Committed, int Stored, int Lost, int Duplicated, int NotOnServer, int Altered, int Rejected, int Pending)
{
    public static async Task<DurabilityCheck> RunAsync(string outboxPath, string serverPath, IReadOnlySet<Guid> confirmed)
    {
        var outbox = await ReadOutboxAsync(outboxPath);
        var counts = await new SqliteResponseOutbox(new SqliteDatabase(outboxPath)).CountsAsync();
        var stored = File.Exists(serverPath)
            ? await new SqliteResponseStore(new CitizenInputDatabase(serverPath)).QueryAsync(new ResponseQuery("flere-i-faellesskaber"), CancellationToken.None)
            : [];

        var storedIds = stored.Select(r => r.Id).ToList();
        var byId = stored.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.First());
        // A copy is the same answer stored twice: under one id, or under two ids with the same run/number text.
        var duplicated = (storedIds.Count - byId.Count)
            + stored.GroupBy(r => r.Answers.FirstOrDefault(a => a.QuestionId == "idea")?.Text).Sum(g => g.Count() - 1);
        var altered = outbox.Count(o => byId.TryGetValue(o.Key, out var s) && CitizenInputJson.Serialize(s) != CitizenInputJson.Serialize(o.Value));
        return new DurabilityCheck(
            confirmed.Count,
            byId.Count,
            confirmed.Count(id => !byId.ContainsKey(id)),
            duplicated,
            outbox.Keys.Count(id => !byId.ContainsKey(id)),
            altered,
            counts.Rejected,
            counts.Pending);
    }

    private static async Task<Dictionary<Guid, QuestionnaireResponse>> ReadOutboxAsync(string path)
    {
        var answers = new Dictionary<Guid, QuestionnaireResponse>();
        await using var connection = await new SqliteDatabase(path).OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, json FROM response_outbox";
        await using SqliteDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            answers[Guid.Parse(reader.GetString(0))] = CitizenInputJson.DeserializeResponse(reader.GetString(1));
        }

        return answers;
    }
}
