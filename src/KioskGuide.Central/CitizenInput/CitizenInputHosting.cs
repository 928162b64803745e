using KioskGuide.Central.CitizenInput;
using KioskGuide.Central.CitizenInput.Cli;
using KioskGuide.Central.CitizenInput.Configuration;
using Microsoft.AspNetCore.DataProtection;

namespace KioskGuide.Central.CitizenInput;

/// <summary>
/// Citizen input on the central server: the kiosks' answers API (/api/input/…) and the planners'
/// page (/input/…), configured by section "CitizenInput", with its own SQLite file beside the feed's.
/// </summary>
public static class CitizenInputHosting
{
    public static void Add(WebApplicationBuilder builder)
    {
        builder.Services.AddCitizenInputServer(builder.Configuration);
        // The retention rule, nightly; after StoreInitializer (registered above), so the tables exist.
        builder.Services.AddHostedService<Storage.ResponsePurger>();
        // Login cookies and form tokens survive a restart: the keys live next to the answers' database.
        var database = builder.Configuration[$"{CitizenInputServerOptions.Section}:DatabasePath"] ?? new CitizenInputServerOptions().DatabasePath;
        var keys = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database)) ?? ".", "keys");
        // Private like the database: 0700, so no other user on the machine can read the keys that sign planners' cookies.
        KioskGuide.Sqlite.SqliteDatabase.CreatePrivateFolder(keys);
        builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(keys)).SetApplicationName("KioskGuide.CitizenInput");
    }

    public static bool IsCommand(string[] args) => CitizenInputCommands.IsCommand(args);

    /// <summary>
    /// create-token, revoke-tokens, hash-password, purge-answers. Configuration comes from the same sources as the server's
    /// (central-settings.json, environment, --Key=value after the command), so a command works on the server's database.
    /// </summary>
    public static async Task<int> RunCommandAsync(string[] args)
    {
        // Configuration overrides (--Key=value); a command's own options (purge-answers --before) are not configuration.
        var overrides = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && !a.StartsWith("--before", StringComparison.Ordinal)).ToArray();
        var builder = Host.CreateApplicationBuilder(overrides);
        CentralSettings.AddTo(builder.Configuration, builder.Environment);
        return await CitizenInputCommands.RunAsync(args, builder.Configuration, Console.In, Console.Out, Console.Error);
    }
}
