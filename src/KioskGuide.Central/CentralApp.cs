using System.Net;
using KioskGuide.Central.Accounts;
using KioskGuide.Central.CitizenInput;
using KioskGuide.Central.Demand;
using KioskGuide.Central.Feed;
using KioskGuide.Central.Feed.Configuration;
using KioskGuide.Central.Fleet;
using KioskGuide.Feed.Profile;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace KioskGuide.Central;

/// <summary>
/// Builds the municipality's one central server from its areas, each with one Add…/Map… pair: Accounts (the one
/// login and its roles), Feed (HSDS API, RPDE feeds, import),
/// CitizenInput (kiosks' answers, planners' pages) and Fleet (kiosks' heartbeats, the fleet page, /metrics).
/// Editor, demand and content health come as areas of their own beside them.
/// </summary>
public static class CentralApp
{
    /// <param name="configureServices">Runs after the server's own registrations, e.g. a test's clock.</param>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        CentralSettings.AddTo(builder.Configuration, builder.Environment);
        // Before anything listens: no demo secret and no missing public address beyond loopback.
        CentralHardening.RefuseUnsafeExposure(builder.Configuration);
        CentralHardening.AddHostFiltering(builder.Services, builder.Configuration);
        builder.Services.AddProblemDetails();
        builder.AddAccountsArea();
        builder.AddFeedArea();
        builder.AddCitizenInputArea();
        builder.AddDemandArea();
        builder.AddFleetArea();
        // Under systemd: Type=notify and journald log format; as a Windows service: its lifetime. Otherwise nothing.
        builder.Host.UseSystemd();
        builder.Host.UseWindowsService(o => o.ServiceName = "KioskGuide Central");
        configureServices?.Invoke(builder.Services);
        // Read when the server starts, so hosts and tests can set Feed:Port (0 = any free port) late.
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            var address = IPAddress.Parse(context.Configuration.GetValue($"{FeedOptions.Section}:ListenAddress", "127.0.0.1")!);
            kestrel.Listen(address, context.Configuration.GetValue($"{FeedOptions.Section}:Port", 5090));
        });

        var app = builder.Build();
        CentralHardening.UseSecurityHeaders(app);
        // WebApplication adds routing, authentication and authorisation itself; these run after them.
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.MapAccountsArea();
        app.MapFeedArea();
        app.MapCitizenInputArea();
        app.MapDemandArea();
        app.MapFleetArea();
        app.Lifetime.ApplicationStarted.Register(() => Announce(app));
        return app;
    }

    private static void Announce(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            app.Logger.LogInformation(
                "KioskGuide central server is ready at {Address}/ (HSDS {Version}, profile {Profile}); RPDE feed {Address}/{Feed}",
                address, HsdsProfile.HsdsVersion, HsdsProfile.ProfileUri, address, HsdsProfile.ServicesFeedPath);
            app.Logger.LogInformation(
                "Citizen input: planners {Address}/input/planners; kiosks send answers to {Address}/api/input/responses", address, address);
        }
    }
}
