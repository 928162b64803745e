using KioskGuide.Sqlite;
using KioskGuide.Storage;

namespace KioskGuide.Kiosk.Operations;

/// <summary>The kiosk's two SQLite files: content (offers, sync state, cached questionnaire) and the answer outbox.</summary>
public sealed record KioskDatabases(SqliteDatabase Content, SqliteDatabase Outbox)
{
    public static KioskDatabases In(string dataDirectory) => new(
        new SqliteDatabase(Path.Combine(dataDirectory, "kiosk.db")),
        new SqliteDatabase(Path.Combine(dataDirectory, "outbox.db")));
}

/// <summary>
/// Runs before anything opens the kiosk's files. A damaged content database is moved aside and the kiosk starts
/// from its demo content or a full resync; a damaged outbox is moved aside and kept for staff (never deleted) and
/// new answers go to a fresh one. Answers an older kiosk kept in the content database move to the outbox's file.
/// What was set aside stays listed for staff mode.
/// </summary>
public sealed class StoreRepair(KioskDatabases databases, SqliteResponseOutbox outbox, TimeProvider time, ILogger<StoreRepair> logger) : IHostedService
{
    private readonly List<SetAside> _setAside = [];

    /// <summary>Files found damaged at this start.</summary>
    public IReadOnlyList<SetAside> SetAside => _setAside;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var (database, what, then) in new[]
        {
            (databases.Content, "content database", "the kiosk starts from its demo content or a full resync"),
            (databases.Outbox, "answer outbox", "new answers go to a fresh outbox; the old file is kept for staff"),
        })
        {
            var aside = await DatabaseRepair.SetAsideIfDamagedAsync(database.FilePath, time.GetUtcNow(), cancellationToken);
            if (aside is not null)
            {
                _setAside.Add(aside);
                logger.LogError("The {What} {Path} could not be read ({Problem}); moved to {MovedTo}: {Then}", what, aside.Path, aside.Problem, aside.MovedTo, then);
            }
        }

        await outbox.InitializeAsync(cancellationToken);
        var moved = await OutboxMove.FromContentDatabaseAsync(databases.Content, databases.Outbox, cancellationToken);
        if (moved > 0)
        {
            logger.LogInformation("Moved {Count} waiting answers from the content database into the outbox's own file", moved);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
