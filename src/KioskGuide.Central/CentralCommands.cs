using KioskGuide.Hosting;
using KioskGuide.Central.CitizenInput.Cli;
using KioskGuide.Central.Feed;
using KioskGuide.Central.Feed.Configuration;
using KioskGuide.Central.Feed.Data;
using KioskGuide.Central.Feed.Import;
using Microsoft.Extensions.Options;

namespace KioskGuide.Central;

/// <summary>
/// The command line: no command (or "serve") runs the server; "import --folder DIR" or "import --csv FILE"
/// loads content into the same database (the running server serves it at once); "create-token KIOSK",
/// "revoke-tokens KIOSK", "hash-password" and "purge-answers [--before YYYY-MM-DD]" administer citizen input (see <see cref="CitizenInputCommands"/>).
/// Exit codes: 0 all imported, 2 some rows rejected (the rest imported), 1 nothing imported (unreadable,
/// or refused because it would remove more than half of the offers; --allow-mass-removal means it). The server
/// exits with 78 (EX_CONFIG) and one line naming the setting when its configuration is wrong.
/// </summary>
public static class CentralCommands
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length > 0 && args[0] == "import")
        {
            return await ImportAsync(args[1..]);
        }

        if (CitizenInputCommands.IsCommand(args))
        {
            // Configuration from the same sources as the server's, so a command works on the server's database.
            // --Key=value are configuration; a command's own options (purge-answers --before) are not.
            var builder = Host.CreateApplicationBuilder([.. args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && !a.StartsWith("--before", StringComparison.Ordinal))]);
            CentralSettings.AddTo(builder.Configuration, builder.Environment);
            return await CitizenInputCommands.RunAsync(args, builder.Configuration, Console.In, Console.Out, Console.Error);
        }

        var serveArgs = args.Length > 0 && args[0] == "serve" ? args[1..] : args;
        return await ConfigurationErrors.RunAsync("KioskGuide central", async () =>
        {
            WebApplication app;
            try
            {
                app = CentralApp.Build(serveArgs);
            }
            catch (StartupRefusedException refused)
            {
                // A demo secret beyond loopback: a setting to change, said in one line (EX_CONFIG, no restart loop).
                await Console.Error.WriteLineAsync(refused.Message);
                return ConfigurationErrors.ExitCode;
            }

            await using (app)
            {
                ConfigurationErrors.ValidateNow(app.Services);
                await app.RunAsync();
            }

            return 0;
        }, Console.Error);
    }

    private static async Task<int> ImportAsync(string[] args)
    {
        const string AllowMassRemoval = "--allow-mass-removal";
        bool allowMassRemoval = args.Contains(AllowMassRemoval);
        args = [.. args.Where(a => a != AllowMassRemoval)];
        var builder = Host.CreateApplicationBuilder(args);
        CentralSettings.AddTo(builder.Configuration, builder.Environment);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddFeedArea();
        using var host = builder.Build();
        var store = host.Services.GetRequiredService<IFeedStore>();
        var options = host.Services.GetRequiredService<IOptions<FeedOptions>>().Value;
        string? folder = builder.Configuration["folder"];
        string? csv = builder.Configuration["csv"];
        if (folder is null == (csv is null))
        {
            await Console.Error.WriteLineAsync("Usage: import --folder <folder of HSDS profile JSON files> | --csv <file>  [--allow-mass-removal] [--Feed:DatabasePath=<file>]");
            return 1;
        }

        try
        {
            await store.InitializeAsync(CancellationToken.None);
            var warnings = new List<string>();
            var candidates = folder is not null
                ? JsonFolderSource.Read(folder).ToList()
                : CsvOfferSource.Read(csv!, options.StateProvince, warnings).ToList();
            var report = await new ContentImporter(store).ImportAsync(candidates, CancellationToken.None, allowMassRemoval);
            report.Warnings.InsertRange(0, warnings);
            foreach (var line in report.Lines())
            {
                Console.WriteLine(line);
            }

            return report.Written is null ? 1 : report.Errors.Count == 0 ? 0 : 2;
        }
        catch (Exception ex) when (ex is IOException or FormatException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"Import failed: {ex.Message}");
            return 1;
        }
    }
}
