using KioskGuide.Central.Accounts;
using KioskGuide.Central.CitizenInput.Configuration;
using KioskGuide.Central.CitizenInput.Security;
using KioskGuide.Central.CitizenInput.Storage;
using Microsoft.Extensions.Configuration;

namespace KioskGuide.Central.CitizenInput.Cli;

/// <summary>
/// Administration from the command line of any host that offers it:
/// <c>create-token &lt;kiosk-id&gt;</c> makes a kiosk token, stores its SHA-256 and prints the token once;
/// <c>revoke-tokens &lt;kiosk-id&gt;</c> removes a kiosk's tokens (effective within 30 s on a running server);
/// <c>hash-password</c> reads a planner password from standard input and prints the hash for configuration.
/// </summary>
public static class CitizenInputCommands
{
    private static readonly string[] Names = ["create-token", "revoke-tokens", "hash-password"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Names.Contains(args[0]);

    /// <param name="args">The command and its argument, then any configuration overrides.</param>
    /// <param name="configuration">Where CitizenInput:DatabasePath is read from.</param>
    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = configuration.GetSection(CitizenInputServerOptions.Section).Get<CitizenInputServerOptions>() ?? new CitizenInputServerOptions();
        switch (args[0])
        {
            case "hash-password":
                var password = ReadPassword(input, error);
                if (string.IsNullOrEmpty(password))
                {
                    await error.WriteLineAsync("No password given.");
                    return 1;
                }

                await output.WriteLineAsync(AccountPasswords.Hash(password));
                return 0;
            case "create-token" or "revoke-tokens" when args.Length < 2 || !CitizenInputServerOptionsValidator.KioskIdPattern().IsMatch(args[1]):
                await error.WriteLineAsync($"Usage: {args[0]} <kiosk-id>   (the kiosk's SiteId: lower-case letters, digits and dashes)");
                return 1;
            case "create-token":
            {
                var store = await OpenAsync(options);
                var token = KioskTokens.Generate();
                await store.AddAsync(args[1], KioskTokens.Hash(token), CancellationToken.None);
                await output.WriteLineAsync($"Token for kiosk {args[1]}; shown only now, put it in that kiosk's Input:KioskToken:");
                await output.WriteLineAsync(token);
                return 0;
            }

            case "revoke-tokens":
            {
                var store = await OpenAsync(options);
                var removed = await store.RevokeAsync(args[1], CancellationToken.None);
                await output.WriteLineAsync($"Removed {removed} token(s) of kiosk {args[1]}.");
                return 0;
            }

            default:
                await error.WriteLineAsync($"Unknown command {args[0]}; known: {string.Join(", ", Names)}");
                return 1;
        }
    }

    private static async Task<IKioskTokenStore> OpenAsync(CitizenInputServerOptions options)
    {
        var store = new SqliteKioskTokenStore(new CitizenInputDatabase(Path.GetFullPath(options.DatabasePath)), TimeProvider.System);
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }

    /// <summary>From a pipe as one line; typed at a terminal without echo.</summary>
    private static string? ReadPassword(TextReader input, TextWriter error)
    {
        if (!ReferenceEquals(input, Console.In) || Console.IsInputRedirected)
        {
            return input.ReadLine();
        }

        error.Write("Password: ");
        var password = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        error.WriteLine();
        return password.ToString();
    }
}
