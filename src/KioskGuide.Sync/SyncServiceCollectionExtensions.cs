using KioskGuide.Sync.Engine;
using KioskGuide.Sync.Hsds;
using KioskGuide.Sync.Http;
using KioskGuide.Sync.Rpde;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KioskGuide.Sync;

public static class SyncServiceCollectionExtensions
{
    /// <summary>
    /// Sync from the feed configured in section "Sync". The worker is always registered and idles unless
    /// Sync:Enabled is true (a test host that sets configuration late still gets the same wiring).
    /// Needs <see cref="Storage.SqliteOfferStore"/> registered by the host.
    /// </summary>
    public static IServiceCollection AddKioskSync(this IServiceCollection services)
    {
        services.AddOptions<SyncOptions>()
            .BindConfiguration(SyncOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SyncOptions>, SyncOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<WireCounter>();
        services.AddHttpClient(SyncHttp.ClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => SyncHttp.CreateHandler(
                sp.GetRequiredService<WireCounter>(), sp.GetRequiredService<IOptions<SyncOptions>>().Value.RequestTimeout))
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan) // FeedClient times the whole exchange itself.
            .RemoveAllLoggers(); // One line per poll would bury the lines that matter.
        services.TryAddSingleton<FeedClient>();
        services.TryAddSingleton<FeedRootCheck>();
        services.TryAddSingleton<RpdeHarvester>();
        services.TryAddSingleton<HsdsSweeper>();
        services.TryAddSingleton<SyncRun>();
        services.TryAddSingleton(sp => new RetryPolicy(sp.GetRequiredService<IOptions<SyncOptions>>()));
        services.AddSingleton<SyncNow>();
        services.AddHostedService<SyncWorker>();
        return services;
    }
}
