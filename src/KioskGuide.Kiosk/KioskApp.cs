using System.Net;
using KioskGuide.Kiosk.Localization;
using KioskGuide.Kiosk.CitizenInput;
using KioskGuide.Kiosk.Components;
using KioskGuide.Kiosk.Configuration;
using KioskGuide.Kiosk.Content;
using KioskGuide.Kiosk.Demand;
using KioskGuide.Kiosk.Navigation;
using KioskGuide.Kiosk.Operations;
using KioskGuide.Kiosk.Security;
using KioskGuide.Kiosk.Session;
using KioskGuide.Kiosk.Speech;
using KioskGuide.Kiosk.Staff;
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
    /// <param name="args">Command line.</param>
    /// <param name="replace">Services registered before the kiosk's own, which then win (the soak benchmark's clock).</param>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? replace = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        KioskSettings.AddTo(builder.Configuration, builder.Environment);

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

        replace?.Invoke(builder.Services);
        builder.AddKiosk();

        // Under systemd: Type=notify (READY=1 once listening), journald log format; as a Windows service: the
        // service lifetime. Each does nothing when the host is started otherwise.
        builder.Host.UseSystemd();
        builder.Host.UseWindowsService(o => o.ServiceName = "KioskGuide Kiosk");

        // Loopback only: the UI is for the Chromium on this machine, never for the library's network — whatever
        // Kestrel:Endpoints or --urls say. The port is read when the server starts, so test hosts can override it
        // (0 = any free port).
        KioskHardening.ListenOnLoopbackOnly(builder);

        var app = builder.Build();
        KioskHardening.RefuseNonLoopbackAddresses(app);
        KioskHardening.UseKioskSecurityHeaders(app);
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
        // Two files, so a damaged content database never takes the waiting answers with it (StoreRepair).
        services.AddSingleton(sp => KioskDatabases.In(sp.GetRequiredService<IOptions<KioskOptions>>().Value.ResolveDataDirectory()));
        services.AddSingleton(sp => sp.GetRequiredService<KioskDatabases>().Content);
        services.AddSingleton<StoreRepair>();
        services.AddHostedService(sp => sp.GetRequiredService<StoreRepair>());
        services.AddSingleton<SqliteOfferStore>();
        services.AddSingleton<CatalogueProvider>();
        services.AddHostedService<ContentLoader>();

        // --- Central feed sync: after ContentLoader; idle unless section "Sync" has Enabled=true. ---
        services.AddKioskFeedSync();

        services.AddCitizenInput();
        services.AddDemandSignals();

        // --- Printing: leaflets from the detail screen on the printer of section "Print"
        //     (default: PDFs into "printed" in the data folder, so the demo works offline). ---
        services.AddKioskPrinting(sp =>
        {
            var kiosk = sp.GetRequiredService<IOptions<KioskOptions>>().Value;
            return new PrintSite(kiosk.SiteName, kiosk.MunicipalityName, kiosk.ResolveDataDirectory());
        });

        // --- Operations: status for staff and IT, /health, heartbeat to the central server's fleet page. ---
        services.AddKioskOperations();
        services.AddStaffMode();
        services.AddKioskSpeech();

        services.AddKioskLocalization();
        services.AddScoped<KioskSession>();
        services.AddScoped<IdleMonitor>();
        services.AddScoped<ScreenHistory>();

        KioskHardening.AddPrivateDataProtection(services);
        // One screen per kiosk: a circuit whose page is gone (a crashed tab, a reload) is kept a minute for a reconnect,
        // and only a few are kept at all, so a month of reloads cannot pile up circuits (the default keeps 100 for 3 min).
        services.AddRazorComponents().AddInteractiveServerComponents(o =>
        {
            o.DisconnectedCircuitMaxRetained = 5;
            o.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(1);
        });
        return builder;
    }

    /// <summary>The kiosk's screens (Blazor interactive server) and their static files.</summary>
    public static IEndpointRouteBuilder MapKiosk(this IEndpointRouteBuilder app)
    {
        app.MapStaticAssets();
        app.MapKioskHealth();
        app.MapKioskSpeech();
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
