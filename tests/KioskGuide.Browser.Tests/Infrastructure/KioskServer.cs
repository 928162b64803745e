using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace KioskGuide.Browser.Tests.Infrastructure;

/// <summary>
/// The real kiosk host on a free loopback port, with its own empty data folder (so it seeds the demo
/// content like a first start) and a clock the tests move: Monday 23 November 2026, 10:00 in Copenhagen.
/// </summary>
public sealed class KioskServer : WebApplicationFactory<KioskGuide.Kiosk.Program>
{
    public static readonly DateTimeOffset StartTime = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(1));

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "kioskguide-tests", Guid.NewGuid().ToString("N"));

    public KioskServer() => UseKestrel();

    public FakeTimeProvider Clock { get; } = new(StartTime);

    /// <summary>Settings the test wants different from the defaults, e.g. the idle time.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    public Uri RootUri
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.EndsWith('/') ? address : address + "/");
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Kiosk:Port", "0");
        builder.UseSetting("Kiosk:DataDirectory", _dataDirectory);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
