using KioskGuide.Central.Accounts;
using KioskGuide.Central.Feed.Configuration;
using KioskGuide.Central.Fleet.Storage;
using KioskGuide.Sqlite;
using Microsoft.Extensions.Options;

namespace KioskGuide.Central.Fleet;

/// <summary>
/// The fleet: kiosks report their status (<see cref="Domain.Operations.KioskStatus"/>) with their citizen-input
/// token; IT and planners see every kiosk and its problems at /fleet and /api/fleet; /metrics has the same as
/// Prometheus gauges. Section "Fleet" (<see cref="FleetOptions"/>), its own SQLite file.
/// </summary>
public static class FleetArea
{
    /// <summary>People with the IT or the planner role may look at the fleet.</summary>
    public const string ViewerPolicy = "FleetViewer";

    public static IHostApplicationBuilder AddFleetArea(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<FleetOptions>()
            .Bind(builder.Configuration.GetSection(FleetOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<FleetOptions>>().Value;
            var feed = sp.GetRequiredService<IOptions<FeedOptions>>().Value;
            return new FleetStore(new SqliteDatabase(options.ResolveDatabasePath(feed)), options.HistoryPerKiosk);
        });
        services.AddHostedService<FleetStoreInitializer>();
        services.AddSingleton<FleetView>();
        services.AddSingleton<FleetMetrics>();
        services.AddAuthorization(options => options.AddPolicy(ViewerPolicy, p => p
            .AddAuthenticationSchemes(CentralLogin.Scheme)
            .RequireRole(CentralRoles.It, CentralRoles.Planner)));
        return builder;
    }

    /// <summary>Maps /api/fleet/heartbeat, /api/fleet, /fleet and /metrics.</summary>
    public static IEndpointRouteBuilder MapFleetArea(this IEndpointRouteBuilder app)
    {
        FleetEndpoints.Map(app);
        return app;
    }

    private sealed class FleetStoreInitializer(FleetStore store) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
