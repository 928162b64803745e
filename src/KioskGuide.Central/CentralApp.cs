using System.Net;
using KioskGuide.Central.CitizenInput;
using KioskGuide.Feed.Profile;
using KioskGuide.Central.Feed.Configuration;
using KioskGuide.Central.Feed.Content;
using KioskGuide.Central.Feed.Data;
using KioskGuide.Central.Feed.Endpoints;
using KioskGuide.Sqlite;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KioskGuide.Central;

/// <summary>
/// Builds the municipality's one central server: options, the SQLite feed store, content seeding, the HSDS and
/// RPDE endpoints, and citizen input (the kiosks' answers and the planners' page).
/// </summary>
public static class CentralApp
{
    /// <param name="configureServices">Runs after the server's own registrations, e.g. a test's clock.</param>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        CentralSettings.AddTo(builder.Configuration, builder.Environment);
        AddFeedServices(builder.Services);
        CitizenInputHosting.Add(builder);
        configureServices?.Invoke(builder.Services);
        // Read when the server starts, so hosts and tests can set Feed:Port (0 = any free port) late.
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            var address = IPAddress.Parse(context.Configuration.GetValue($"{FeedOptions.Section}:ListenAddress", "127.0.0.1")!);
            kestrel.Listen(address, context.Configuration.GetValue($"{FeedOptions.Section}:Port", 5090));
        });

        var app = builder.Build();
        HsdsEndpoints.Map(app);
        RpdeEndpoints.Map(app);
        app.MapCitizenInputServer();
        app.Lifetime.ApplicationStarted.Register(() => Announce(app));
        return app;
    }

    public static void AddFeedServices(IServiceCollection services)
    {
        services.AddOptions<FeedOptions>()
            .BindConfiguration(FeedOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new SqliteDatabase(Path.GetFullPath(sp.GetRequiredService<IOptions<FeedOptions>>().Value.DatabasePath)));
        services.AddSingleton<SqliteFeedStore>();
        services.AddSingleton<IFeedStore>(sp => sp.GetRequiredService<SqliteFeedStore>());
        services.AddHostedService<ContentSeeder>();
        services.AddHostedService<TombstonePurger>();
        services.AddProblemDetails();
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
