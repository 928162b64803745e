using KioskGuide.Domain.CitizenInput;
using KioskGuide.Sqlite;
using Microsoft.Data.Sqlite;

namespace KioskGuide.Storage.Tests;

/// <summary>The kiosk's outbox keeps only what is not yet with the server, and keeps it private.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SqliteResponseOutboxTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kioskguide-outbox-store-tests", Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_folder, "data", "kiosk.db");

    private static QuestionnaireResponse Response() => new()
    {
        Id = Guid.NewGuid(),
        QuestionnaireId = "flere-i-faellesskaber",
        QuestionnaireVersion = 1,
        KioskId = "demo",
        Date = new DateOnly(2026, 11, 23),
        Language = "da",
        Answers = [new Answer("social-life", [], Scale: 3)],
    };

    [Fact]
    public async Task The_database_and_its_folder_are_private_to_the_kiosk_user()
    {
        var outbox = new SqliteResponseOutbox(new SqliteDatabase(DatabasePath));
        await outbox.InitializeAsync();
        await outbox.EnqueueAsync(Response());

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(DatabasePath)!));
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(DatabasePath)!))
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public async Task An_existing_database_readable_by_others_is_made_private()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        await File.WriteAllBytesAsync(DatabasePath, []);
        File.SetUnixFileMode(DatabasePath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        _ = new SqliteDatabase(DatabasePath);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(DatabasePath));
    }

    [Fact]
    public async Task Sent_answers_left_by_an_older_kiosk_are_counted_and_deleted_at_start()
    {
        var database = new SqliteDatabase(DatabasePath);
        await database.ExecuteAsync("""
            CREATE TABLE response_outbox (id TEXT PRIMARY KEY NOT NULL, json TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'pending',
                attempts INTEGER NOT NULL DEFAULT 0, next_attempt_ms INTEGER NOT NULL DEFAULT 0, last_error TEXT);
            INSERT INTO response_outbox (id, json, state) VALUES ('a', '{}', 'sent'), ('b', '{}', 'sent'), ('c', '{}', 'pending');
            """);

        var outbox = new SqliteResponseOutbox(database);
        await outbox.InitializeAsync();

        Assert.Equal(new OutboxCounts(1, 2, 0), await outbox.CountsAsync());
        await outbox.InitializeAsync(); // twice is harmless
        Assert.Equal(new OutboxCounts(1, 2, 0), await outbox.CountsAsync());
    }

    [Fact]
    public async Task A_refused_answer_is_kept_for_staff_until_its_retention_ends()
    {
        var outbox = new SqliteResponseOutbox(new SqliteDatabase(DatabasePath));
        await outbox.InitializeAsync();
        var response = Response();
        await outbox.EnqueueAsync(response);
        await outbox.MarkRejectedAsync(response.Id, "400: bad", new DateOnly(2026, 11, 1));

        Assert.Equal(0, await outbox.PurgeRejectedAsync(new DateOnly(2026, 10, 31)));
        Assert.Equal(1, (await outbox.CountsAsync()).Rejected);
        Assert.Equal(1, await outbox.PurgeRejectedAsync(new DateOnly(2026, 11, 1)));
        Assert.Equal(new OutboxCounts(0, 0, 0), await outbox.CountsAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
