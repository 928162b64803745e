using System.Net;
using KioskGuide.Kiosk.CitizenInput;
using KioskGuide.Kiosk.Components;
using KioskGuide.Kiosk.Configuration;
using KioskGuide.Kiosk.Content;
using KioskGuide.Kiosk.Navigation;
using KioskGuide.Kiosk.Session;
using KioskGuide.Print;
using KioskGuide.Sqlite;
using KioskGuide.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KioskGuide.Kiosk;

/// <summary>Builds the kiosk's web host: options, local store, content, and the Blazor UI on loopback.</summary>
public static class KioskApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        // A site's own settings: --config kiosk-config/<site>/kiosk.json. Without it the built-in demo defaults apply.
        var configFile = builder.Configuration["config"];
        if (!string.IsNullOrWhiteSpace(configFile))
        {
            builder.Configuration.AddJsonFile(Path.GetFullPath(configFile), optional: false, reloadOnChange: false);
            // Environment and command line still win over the site file, as for any .NET host (e.g. Sync__FeedRoot=…).
            builder.Configuration.AddEnvironmentVariables();
            builder.Configuration.AddCommandLine(args);
        }

        // Served from build output too (not only when published), so `dotnet run` in Production works.
        builder.WebHost.UseStaticWebAssets();

        builder.AddKiosk();

        // Loopback only: the UI is for the Chromium on this machine, never for the library's network.
        // The port is read when the server starts, so test hosts can override it (0 = any free port).
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
            kestrel.Listen(IPAddress.Loopback, context.Configuration.GetValue($"{KioskOptions.Section}:Port", 5080)));

        var app = builder.Build();
        app.UseAntiforgery();
        app.MapKiosk();
        app.Lifetime.ApplicationStarted.Register(() => AnnounceAddress(app));
        return app;
    }

    /// <summary>Everything the kiosk host runs: options, store, content, sync, citizen input, printing, the UI.</summary>
    public static IHostApplicationBuilder AddKiosk(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<KioskOptions>()
            .BindConfiguration(KioskOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new SqliteDatabase(
            Path.Combine(sp.GetRequiredService<IOptions<KioskOptions>>().Value.ResolveDataDirectory(), "kiosk.db")));
        services.AddSingleton<SqliteOfferStore>();
        services.AddSingleton<CatalogueProvider>();
        services.AddHostedService<ContentLoader>();

        // --- Central feed sync: after ContentLoader; idle unless section "Sync" has Enabled=true. ---
        services.AddKioskFeedSync();

        services.AddCitizenInput();

        // --- Printing: leaflets from the detail screen on the printer of section "Print"
        //     (default: PDFs into "printed" in the data folder, so the demo works offline). ---
        services.AddKioskPrinting(sp =>
        {
            var kiosk = sp.GetRequiredService<IOptions<KioskOptions>>().Value;
            return new PrintSite(kiosk.SiteName, kiosk.MunicipalityName, kiosk.ResolveDataDirectory());
        });

        services.AddScoped<KioskSession>();
        services.AddScoped<IdleMonitor>();
        services.AddScoped<ScreenHistory>();

        // Form-token keys in the kiosk's own data folder (the one folder the service may write), not in /tmp where
        // every user of the machine could read them and a reboot loses them.
        services.AddDataProtection().SetApplicationName("KioskGuide.Kiosk");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<KioskOptions>, ILoggerFactory>((keys, kiosk, logs) =>
            keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(kiosk.Value.ResolveDataDirectory(), "keys")), logs));
        services.AddRazorComponents().AddInteractiveServerComponents();
        return builder;
    }

    /// <summary>The kiosk's screens (Blazor interactive server) and their static files.</summary>
    public static IEndpointRouteBuilder MapKiosk(this IEndpointRouteBuilder app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    private static void AnnounceAddress(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            app.Logger.LogInformation("KioskGuide kiosk is ready. Open {Address}/ in Chromium (kiosk mode on a real kiosk).", address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        }
    }
}
