using System.Text.Json;
using KioskGuide.Domain.Operations;
using KioskGuide.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace KioskGuide.Kiosk.Operations;

/// <summary>
/// GET /health (ASP.NET Core health checks; the host listens on loopback only): one entry per part — store, sync,
/// outbox, printer, disk, heartbeat — Healthy, Degraded or Unhealthy with a reason in words. 200 unless a part is
/// Unhealthy (503), so a watchdog or monitoring agent on the machine can act on the code alone.
/// </summary>
public static class KioskHealth
{
    public const string Path = "/health";

    public static IServiceCollection AddKioskHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<StoreCheck>("store")
            .Add(Part("sync", Sync))
            .Add(Part("outbox", Outbox))
            .Add(Part("printer", Printer))
            .Add(Part("disk", Disk))
            .Add(Part("heartbeat", (s, sp) => Heartbeat(s, sp.GetRequiredService<HeartbeatState>(), sp.GetRequiredService<IOptions<HeartbeatOptions>>().Value, sp.GetRequiredService<TimeProvider>())));
        return services;
    }

    public static IEndpointRouteBuilder MapKioskHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = WriteAsync });
        ScreenCircuits.MapScreenHealth(app);
        app.MapProcessFigures();
        return app;
    }

    public static HealthCheckResult Sync(KioskStatus status, IServiceProvider services)
    {
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var sync = status.Sync;
        if (!sync.Enabled)
        {
            return HealthCheckResult.Healthy("Sync is off: the kiosk shows its built-in or stored content");
        }

        var age = sync.LastSuccess is { } last ? now - last : (TimeSpan?)null;
        var error = sync.LastError is null ? "" : $"; last error: {sync.LastError}";
        return age switch
        {
            null => HealthCheckResult.Degraded($"Not caught up with the central feed yet{error}"),
            { TotalHours: < 1 } => HealthCheckResult.Healthy($"Last synced {(int)age.Value.TotalMinutes} min ago"),
            { TotalHours: < 24 } => HealthCheckResult.Degraded($"Last synced {(int)age.Value.TotalHours} h ago{error}"),
            _ => HealthCheckResult.Unhealthy($"Last synced {(int)age.Value.TotalDays} days ago{error}"),
        };
    }

    public static HealthCheckResult Outbox(KioskStatus status, IServiceProvider services) => status.Answers switch
    {
        { Waiting: 0 } => HealthCheckResult.Healthy("No answers waiting"),
        { Enabled: false } a => HealthCheckResult.Healthy($"{a.Waiting} answers kept on the kiosk (no central server configured)"),
        { OldestWaitingHours: >= 24 } a => HealthCheckResult.Unhealthy($"{a.Waiting} answers waiting, the oldest for {a.OldestWaitingHours} h"),
        { OldestWaitingHours: >= 1 } a => HealthCheckResult.Degraded($"{a.Waiting} answers waiting, the oldest for {a.OldestWaitingHours} h"),
        var a => HealthCheckResult.Healthy($"{a.Waiting} answers waiting to be sent"),
    };

    public static HealthCheckResult Printer(KioskStatus status, IServiceProvider services)
    {
        var p = status.Printer;
        var pages = $"{p.PagesToday}/{p.PageCap} pages today";
        return p.State switch
        {
            PrinterStates.OutOfPaper => HealthCheckResult.Unhealthy($"Out of paper ({pages})"),
            PrinterStates.Jammed => HealthCheckResult.Unhealthy($"Paper jam ({pages})"),
            PrinterStates.Offline => HealthCheckResult.Unhealthy($"Printer does not answer: {p.Description}"),
            PrinterStates.Stopped => HealthCheckResult.Degraded($"Printer is paused ({pages})"),
            _ when p.PageCap > 0 && p.PagesToday >= p.PageCap => HealthCheckResult.Degraded($"Today's page cap is reached ({pages})"),
            _ => HealthCheckResult.Healthy($"Printer {p.State} ({pages})"),
        };
    }

    public static HealthCheckResult Disk(KioskStatus status, IServiceProvider services) => status.FreeDiskBytes switch
    {
        null => HealthCheckResult.Degraded("Free disk space could not be read"),
        < KioskProblems.MinFreeDiskBytes => HealthCheckResult.Unhealthy($"{status.FreeDiskBytes / (1024 * 1024)} MB free: new answers are refused below this"),
        < 1024L * 1024 * 1024 => HealthCheckResult.Degraded($"{status.FreeDiskBytes / (1024 * 1024)} MB free"),
        _ => HealthCheckResult.Healthy($"{status.FreeDiskBytes / (1024 * 1024 * 1024)} GB free"),
    };

    public static HealthCheckResult Heartbeat(KioskStatus status, HeartbeatState state, HeartbeatOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        if (state.LastAnswer is null && state.LastError is null)
        {
            return HealthCheckResult.Healthy("No heartbeat answer yet (or no central server configured)");
        }

        if (state.LastAnswer is { } answer && time.GetUtcNow() - answer <= TimeSpan.FromSeconds(options.IntervalSeconds * 2.5))
        {
            return HealthCheckResult.Healthy("The central server answered the last heartbeat");
        }

        return HealthCheckResult.Degraded(state.LastError ?? "The central server has not answered lately");
    }

    private static HealthCheckRegistration Part(string name, Func<KioskStatus, IServiceProvider, HealthCheckResult> rule) =>
        new(name, sp => new StatusCheck(sp.GetRequiredService<StatusSnapshots>(), sp, rule), failureStatus: null, tags: null);

    private sealed class StatusCheck(StatusSnapshots snapshots, IServiceProvider services, Func<KioskStatus, IServiceProvider, HealthCheckResult> rule) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            rule(await snapshots.ReadAsync(cancellationToken), services);
    }

    private sealed class StoreCheck(SqliteOfferStore store) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            HealthCheckResult.Healthy($"{await store.CountAsync(cancellationToken)} offers stored");
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            parts = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), reason = e.Value.Description ?? e.Value.Exception?.Message }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
