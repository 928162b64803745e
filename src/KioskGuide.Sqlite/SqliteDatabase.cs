using Microsoft.Data.Sqlite;

namespace KioskGuide.Sqlite;

/// <summary>
/// Opens connections to one SQLite file with the settings every part of the kiosk and the central server relies
/// on: WAL so readers never wait for a writer, FULL sync so a committed transaction survives power loss, and
/// <c>secure_delete</c> so a deleted row (a sent or purged answer) is overwritten, not left in a free page.
/// </summary>
/// <remarks>
/// On Unix a folder it creates is 0700, and the file is made 0600 before SQLite first opens it; SQLite gives its -wal and -shm
/// files the database file's mode, so no other user on the machine can read answers or token hashes.
/// </remarks>
public sealed class SqliteDatabase
{
    /// <summary>Owner read/write only.</summary>
    public const UnixFileMode PrivateFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Owner only.</summary>
    public const UnixFileMode PrivateFolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private readonly string _connectionString;

    public SqliteDatabase(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            CreatePrivateFolder(directory);
        }

        CreatePrivateFile(path);
        FilePath = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
        }.ToString();
    }

    public string FilePath { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000; PRAGMA secure_delete=ON;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>Runs statements that return nothing, such as a store's CREATE TABLE IF NOT EXISTS schema, on their own connection.</summary>
    public async Task ExecuteAsync(string sql, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Creates <paramref name="folder"/> and any missing parents, on Unix as 0700. An existing folder is left as it is.</summary>
    public static void CreatePrivateFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, PrivateFolderMode);
        }
    }

    private static void CreatePrivateFile(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            if (File.Exists(file))
            {
                File.SetUnixFileMode(file, PrivateFileMode);
            }
        }

        if (!File.Exists(path))
        {
            using var _ = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.OpenOrCreate,
                Access = FileAccess.ReadWrite,
                UnixCreateMode = PrivateFileMode,
            });
        }
    }
}
