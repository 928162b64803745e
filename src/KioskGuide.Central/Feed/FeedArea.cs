using KioskGuide.Central.Feed.Configuration;
using KioskGuide.Central.Feed.Content;
using KioskGuide.Central.Feed.Data;
using KioskGuide.Central.Feed.Endpoints;
using KioskGuide.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KioskGuide.Central.Feed;

/// <summary>
/// The feed: section "Feed" (<see cref="FeedOptions"/>), the SQLite feed store, demo seeding and tombstone purging,
/// the HSDS 3.1 API and the RPDE change feeds. The import command uses the same registrations.
/// </summary>
public static class FeedArea
{
    public static IHostApplicationBuilder AddFeedArea(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
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
        return builder;
    }

    /// <summary>Maps <c>/</c>, <c>/openapi.json</c>, <c>/services…</c>, <c>/taxonomy_terms</c> and <c>/feeds/…</c>.</summary>
    public static IEndpointRouteBuilder MapFeedArea(this IEndpointRouteBuilder app)
    {
        HsdsEndpoints.Map(app);
        RpdeEndpoints.Map(app);
        return app;
    }
}
