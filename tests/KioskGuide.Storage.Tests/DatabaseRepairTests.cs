using KioskGuide.Domain.CitizenInput;
using KioskGuide.Sqlite;
using Microsoft.Data.Sqlite;

namespace KioskGuide.Storage.Tests;

/// <summary>A damaged file is set aside and never deleted; answers in an old content database move to the outbox file.</summary>
public sealed class DatabaseRepairTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kioskguide-repair", Guid.NewGuid().ToString("N"));

    public DatabaseRepairTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task A_file_of_garbage_is_moved_aside_with_its_wal_and_kept_byte_for_byte()
    {
        var path = Path.Combine(_folder, "kiosk.db");
        var garbage = Enumerable.Range(0, 8192).Select(i => (byte)(i * 31)).ToArray();
        await File.WriteAllBytesAsync(path, garbage);
        await File.WriteAllTextAsync(path + "-wal", "wal");

        var aside = await DatabaseRepair.SetAsideIfDamagedAsync(path, Now, CancellationToken.None);

        Assert.NotNull(aside);
        Assert.Equal(path + ".damaged-20261207T100000Z", aside!.MovedTo);
        Assert.False(File.Exists(path));
        Assert.Equal(garbage, await File.ReadAllBytesAsync(aside.MovedTo));
        Assert.Equal("wal", await File.ReadAllTextAsync(aside.MovedTo + "-wal"));
        Assert.Contains("not a database", aside.Problem, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_sound_database_and_a_missing_one_are_left_alone()
    {
        var path = Path.Combine(_folder, "ok.db");
        await new SqliteDatabase(path).ExecuteAsync("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1);");
        SqliteConnection.ClearAllPools();

        Assert.Null(await DatabaseRepair.SetAsideIfDamagedAsync(path, Now, CancellationToken.None));
        Assert.Null(await DatabaseRepair.SetAsideIfDamagedAsync(Path.Combine(_folder, "missing.db"), Now, CancellationToken.None));
        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task A_database_with_a_damaged_page_is_set_aside()
    {
        var path = Path.Combine(_folder, "torn.db");
        await new SqliteDatabase(path).ExecuteAsync(
            "PRAGMA journal_mode=DELETE; CREATE TABLE t (x TEXT); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO t SELECT printf('%0100d', i) FROM n;");
        SqliteConnection.ClearAllPools();
        await using (var file = new FileStream(path, FileMode.Open, FileAccess.Write))
        {
            file.Seek(4096 * 3, SeekOrigin.Begin); // a page in the middle of the table: a torn write
            await file.WriteAsync(new byte[4096].Select(_ => (byte)0xA5).ToArray());
        }

        var aside = await DatabaseRepair.SetAsideIfDamagedAsync(path, Now, CancellationToken.None);

        Assert.NotNull(aside);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Waiting_answers_move_from_an_old_content_database_once_even_if_the_move_is_repeated()
    {
        var content = new SqliteDatabase(Path.Combine(_folder, "kiosk.db"));
        var outboxDb = new SqliteDatabase(Path.Combine(_folder, "outbox.db"));
        var old = new SqliteResponseOutbox(content);
        await old.InitializeAsync();
        var answers = Enumerable.Range(0, 3).Select(_ => new QuestionnaireResponse
        {
            Id = Guid.NewGuid(),
            QuestionnaireId = "q",
            QuestionnaireVersion = 1,
            KioskId = "k",
            Date = new DateOnly(2026, 12, 7),
            Language = "da",
            Answers = [],
        }).ToList();
        foreach (var answer in answers)
        {
            await old.EnqueueAsync(answer);
        }

        var outbox = new SqliteResponseOutbox(outboxDb);
        await outbox.InitializeAsync();
        Assert.Equal(3, await OutboxMove.FromContentDatabaseAsync(content, outboxDb, CancellationToken.None));
        Assert.Equal(0, await OutboxMove.FromContentDatabaseAsync(content, outboxDb, CancellationToken.None));

        Assert.Equal(3, (await outbox.CountsAsync()).Pending);
        Assert.Equal(answers.Select(a => a.Id).Order(), (await outbox.DueAsync(DateTimeOffset.MaxValue, 10)).Select(i => i.Id).Order());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
