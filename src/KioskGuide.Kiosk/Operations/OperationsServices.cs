using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KioskGuide.Kiosk.Operations;

/// <summary>Registers what tells people how the kiosk is: the status reader, /health, and the heartbeat to the central server.</summary>
public static class OperationsServices
{
    public static IServiceCollection AddKioskOperations(this IServiceCollection services)
    {
        services.AddOptions<HeartbeatOptions>().BindConfiguration(HeartbeatOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OutboxWatch>();
        services.AddSingleton<HeartbeatState>();
        services.AddSingleton<DiskSpace>();
        services.AddSingleton<KioskStatusReader>();
        services.AddSingleton<StatusSnapshots>();
        // The token never follows a redirect to wherever it points.
        services.AddHttpClient(HeartbeatSender.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10))
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler { AllowAutoRedirect = false });
        services.AddHostedService<HeartbeatSender>();
        // UseSystemd registers the notifier only under systemd; this one is disabled without NOTIFY_SOCKET.
        services.TryAddSingleton<Microsoft.Extensions.Hosting.Systemd.ISystemdNotifier, Microsoft.Extensions.Hosting.Systemd.SystemdNotifier>();
        services.AddHostedService<SystemdWatchdog>();
        services.AddKioskHealth();
        services.AddSingleton<ScreenCircuits>();
        services.AddSingleton<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler>(sp => sp.GetRequiredService<ScreenCircuits>());
        return services;
    }
}
