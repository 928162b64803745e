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

    public static async Task Main(string[] args)
    {
        var app = KioskApp.Build(args);
        await app.RunAsync();
    }
}
