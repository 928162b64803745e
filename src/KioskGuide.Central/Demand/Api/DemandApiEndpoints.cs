using System.Text;
using KioskGuide.Central.CitizenInput.Api;
using KioskGuide.Central.CitizenInput.Security;
using KioskGuide.Central.Demand.Storage;
using KioskGuide.Domain.Demand;
using KioskGuide.Domain.Schedules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace KioskGuide.Central.Demand.Api;

/// <summary>
/// <c>PUT /api/demand/days</c>: one kiosk's counters of one closed day, with the kiosk token. The day replaces what
/// was stored for that kiosk and day (201 new, 200 replaced), so a resend never doubles a count. 400 names the
/// fields; 403 when the token is another kiosk's; 413 when larger than <see cref="MaxBodyBytes"/>.
/// </summary>
internal static class DemandApiEndpoints
{
    public const string DaysPath = "/api/demand/days";

    /// <summary>A busy kiosk's day is a few KB; 5,000 counters of 64-character keys fit well within this.</summary>
    public const int MaxBodyBytes = 512 * 1024;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPut(DaysPath, PutDayAsync)
            .RequireAuthorization(CitizenInputPolicies.Kiosk)
            .RequireRateLimiting(KioskRateLimitPolicy.Name)
            .DisableAntiforgery();
    }

    private static async Task<Results<Created, Ok, ValidationProblem, ProblemHttpResult>> PutDayAsync(
        HttpContext context, DemandDayStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await RequestBody.ReadAsync(context, MaxBodyBytes, cancellationToken) is not { } body)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Day too large", detail: $"A demand day may be at most {MaxBodyBytes} bytes.");
        }

        var (day, problems) = DemandJson.Parse(Encoding.UTF8.GetString(body.Span));
        if (day is null)
        {
            return TypedResults.ValidationProblem(
                problems.GroupBy(p => p.Split(':')[0]).ToDictionary(g => g.Key, g => g.Select(p => p[(p.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()).ToArray()),
                detail: string.Join("; ", problems), title: "The demand day was not accepted");
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), KioskTimeZone.Copenhagen).DateTime);
        if (day.Day >= today.AddDays(1) || day.Day < today.AddYears(-1))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["day"] = ["a day that has begun, at most one year ago"] }, title: "The demand day was not accepted");
        }

        var kiosk = context.User.FindFirst(KioskTokenAuthenticationHandler.KioskIdClaim)!.Value;
        if (!string.Equals(kiosk, day.KioskId, StringComparison.Ordinal))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Another kiosk's day", detail: "The token belongs to another kiosk than the day names.");
        }

        return await store.ReplaceDayAsync(day, cancellationToken) ? TypedResults.Created() : TypedResults.Ok();
    }
}
