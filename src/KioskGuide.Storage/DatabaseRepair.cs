using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KioskGuide.Storage;

/// <summary>
/// A kiosk must start even when a power cut or a failing disk has left a SQLite file unreadable. Before a file is
/// opened for use, it is checked (PRAGMA quick_check); a file that fails is moved aside with its -wal and -shm, never
/// deleted — the answers in a damaged outbox may still be saved by hand — and a fresh one takes its place.
/// </summary>
public static class DatabaseRepair
{
    /// <returns>Where the damaged file was moved and why; null when the file is missing or sound.</returns>
    public static async Task<SetAside?> SetAsideIfDamagedAsync(string path, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path) || new FileInfo(path).Length == 0)
        {
            return null;
        }

        var problem = await ProblemAsync(path, cancellationToken);
        if (problem is null)
        {
            return null;
        }

        var target = $"{path}.damaged-{now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}";
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            if (File.Exists(path + suffix))
            {
                File.Move(path + suffix, target + suffix, overwrite: false);
            }
        }

        return new SetAside(path, target, problem);
    }

    /// <summary>
    /// Null when SQLite finds the file sound; otherwise SQLite's words for what is wrong. The check runs on a copy:
    /// opening the file itself lets SQLite replay or discard its -wal, which would destroy what is being set aside.
    /// </summary>
    private static async Task<string?> ProblemAsync(string path, CancellationToken cancellationToken)
    {
        var copy = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".check-{Guid.NewGuid():N}.db");
        try
        {
            foreach (var suffix in new[] { "", "-wal" })
            {
                if (File.Exists(path + suffix))
                {
                    File.Copy(path + suffix, copy + suffix);
                }
            }

            return await CheckAsync(copy, cancellationToken);
        }
        finally
        {
            foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            {
                File.Delete(copy + suffix);
            }
        }
    }

    private static async Task<string?> CheckAsync(string path, CancellationToken cancellationToken)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString();
        try
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA quick_check";
            var result = (string?)await command.ExecuteScalarAsync(cancellationToken);
            return string.Equals(result, "ok", StringComparison.Ordinal) ? null : $"quick_check: {result}";
        }
        catch (SqliteException ex)
        {
            return ex.Message;
        }
    }
}

/// <summary>A damaged database file, where it went, and what SQLite said.</summary>
public sealed record SetAside(string Path, string MovedTo, string Problem);
