using KioskGuide.Storage;

namespace KioskGuide.Kiosk.Demand;

/// <summary>Registers the demand counters: one in-memory tally, its flusher, its uploader, and the per-screen hooks.</summary>
public static class DemandServices
{
    public static IServiceCollection AddDemandSignals(this IServiceCollection services)
    {
        services.AddOptions<DemandOptions>().BindConfiguration(DemandOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DemandCounter>();
        // In the outbox database, beside the answers: the content database may be set aside and rebuilt from the feed.
        services.AddSingleton(sp => new SqliteDemandStore(sp.GetRequiredService<Operations.KioskDatabases>().Outbox));
        services.AddSingleton<DemandFlusher>();
        services.AddHostedService(sp => sp.GetRequiredService<DemandFlusher>());
        services.AddSingleton<DemandUploader>();
        services.AddHostedService(sp => sp.GetRequiredService<DemandUploader>());
        services.AddScoped<DemandVisit>();
        return services;
    }
}
