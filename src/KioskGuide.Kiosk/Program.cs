using KioskGuide.Hosting;

namespace KioskGuide.Kiosk;

/// <summary>
/// Entry point. A named class in the kiosk's namespace (not top-level statements' global Program), so a test that
/// references both hosts can say WebApplicationFactory&lt;KioskGuide.Kiosk.Program&gt; without a name clash.
/// </summary>
public sealed class Program
{
    private Program()
    {
    }

    /// <summary>0 after a normal stop; 78 (EX_CONFIG) with one line on standard error for a bad setting.</summary>
    public static Task<int> Main(string[] args) => args is ["hash-pin", ..] ? HashPinAsync() : ConfigurationErrors.RunAsync("KioskGuide kiosk", async () =>
    {
        await using var app = KioskApp.Build(args);
        ConfigurationErrors.ValidateNow(app.Services);
        await app.RunAsync();
        return 0;
    }, Console.Error);

    /// <summary>Reads the staff PIN from standard input (not the command line: shell history, ps) and prints its hash for Staff:PinHash.</summary>
    private static async Task<int> HashPinAsync()
    {
        var pin = (await Console.In.ReadLineAsync())?.Trim();
        if (!Staff.StaffPin.IsWellFormed(pin))
        {
            await Console.Error.WriteLineAsync("hash-pin: the PIN must be 4 to 8 digits.");
            return 2;
        }

        Console.WriteLine(Staff.StaffPin.Hash(pin!));
        return 0;
    }
}
