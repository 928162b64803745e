using KioskGuide.Sqlite;

namespace KioskGuide.Central.CitizenInput.Storage;

/// <summary>
/// The citizen-input SQLite file, its own and apart from any other database the host keeps
/// (WAL, FULL sync: a 201 is only sent for an answer that is on disk).
/// </summary>
public sealed class CitizenInputDatabase(string path)
{
    public SqliteDatabase Sqlite { get; } = new(path);

    public string FilePath => Sqlite.FilePath;
}
