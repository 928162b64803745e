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
    public static Task<int> Main(string[] args) => ConfigurationErrors.RunAsync("KioskGuide kiosk", async () =>
    {
        await using var app = KioskApp.Build(args);
        ConfigurationErrors.ValidateNow(app.Services);
        await app.RunAsync();
        return 0;
    }, Console.Error);
}
