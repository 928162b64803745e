using KioskGuide.Sqlite;
using Microsoft.Data.Sqlite;

namespace KioskGuide.Storage.Tests;

public sealed class SqliteQuestionnaireStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kioskguide-questionnaire-store-tests", Guid.NewGuid().ToString("N"));

    // A new store over the same file each time, as after a kiosk restart.
    private SqliteQuestionnaireStore Store() => new(new SqliteDatabase(Path.Combine(_folder, "kiosk.db")));

    [Fact]
    public async Task Nothing_is_saved_until_the_server_delivers_a_questionnaire()
    {
        await Store().InitializeAsync();
        Assert.Null(await Store().LoadAsync());
    }

    [Fact]
    public async Task The_last_saved_questionnaire_replaces_the_one_before_and_survives_a_restart()
    {
        await Store().InitializeAsync();
        var at = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
        await Store().SaveAsync(new SavedQuestionnaire("""{"version":1}""", "\"v1\"", at));
        await Store().SaveAsync(new SavedQuestionnaire("""{"version":2,"title":"Fællesskaber æøå"}""", null, at.AddHours(1)));

        var loaded = await Store().LoadAsync();

        Assert.Equal(new SavedQuestionnaire("""{"version":2,"title":"Fællesskaber æøå"}""", null, at.AddHours(1)), loaded);
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
