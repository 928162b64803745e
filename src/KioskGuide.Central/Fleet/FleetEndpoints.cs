using KioskGuide.Central.Accounts;
using KioskGuide.Central.Accounts.Pages;
using KioskGuide.Central.CitizenInput.Api;
using KioskGuide.Central.CitizenInput.Security;
using KioskGuide.Central.Fleet.Pages;
using KioskGuide.Central.Fleet.Storage;
using KioskGuide.Domain.Operations;
using Microsoft.AspNetCore.Http.HttpResults;
using Prometheus;

namespace KioskGuide.Central.Fleet;

/// <summary>
/// Heartbeats in (kiosk token, the citizen-input kiosks' rate limit), the fleet out: a page and JSON for people
/// with the IT or planner role, and Prometheus gauges on /metrics.
/// </summary>
internal static class FleetEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost(FleetRoutes.Heartbeat, ReceiveAsync)
            .RequireAuthorization(CitizenInputPolicies.Kiosk)
            .RequireRateLimiting(KioskRateLimitPolicy.Name);

        app.MapGet(FleetRoutes.Api, async (FleetView view, CancellationToken cancellationToken) => TypedResults.Ok(await view.BuildAsync(cancellationToken)))
            .RequireAuthorization(FleetArea.ViewerPolicy)
            .WithPageHeaders();

        app.MapGet(FleetRoutes.Page, PageAsync)
            .RequireAuthorization(FleetArea.ViewerPolicy)
            .WithPageHeaders();

        // No login: Prometheus scrapes without one, and the gauges hold kiosk ids and counts only (docs/operations.md).
        app.MapMetrics(FleetRoutes.Metrics, app.ServiceProvider.GetRequiredService<FleetMetrics>().Registry);
    }

    private static async Task<Results<Ok<HeartbeatAnswer>, ValidationProblem>> ReceiveAsync(
        HttpContext context, KioskStatus status, FleetStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = HeartbeatValidation.Check(status);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        // The kiosk is who its token says, never what the body claims.
        var kioskId = context.User.FindFirst(KioskTokenAuthenticationHandler.KioskIdClaim)!.Value;
        var now = time.GetUtcNow();
        await store.AddAsync(kioskId, now, status, cancellationToken);
        return TypedResults.Ok(new HeartbeatAnswer(now));
    }

    private static async Task<RazorComponentResult<FleetPage>> PageAsync(HttpContext context, FleetView view, TimeProvider time, CancellationToken cancellationToken) =>
        new(new Dictionary<string, object?>
        {
            [nameof(FleetPage.Kiosks)] = await view.BuildAsync(cancellationToken),
            [nameof(FleetPage.Now)] = time.GetUtcNow(),
            [nameof(FleetPage.UserName)] = context.User.Identity?.Name ?? "",
        });
}
