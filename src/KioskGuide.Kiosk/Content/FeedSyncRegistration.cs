using KioskGuide.Sync;

namespace KioskGuide.Kiosk.Content;

public static class FeedSyncRegistration
{
    /// <summary>
    /// Sync from the central feed (section "Sync"), rebuilding the catalogue after each change. Registered
    /// after <see cref="ContentLoader"/>, so the store is ready and the first catalogue built before sync starts.
    /// Idle unless Sync:Enabled is true.
    /// </summary>
    public static IServiceCollection AddKioskFeedSync(this IServiceCollection services)
    {
        services.AddKioskSync();
        services.AddSingleton<ISyncListener, CatalogueReloader>();
        return services;
    }
}
