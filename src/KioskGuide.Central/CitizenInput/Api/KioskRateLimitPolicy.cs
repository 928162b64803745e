using System.Globalization;
using System.Threading.RateLimiting;
using KioskGuide.Central.CitizenInput.Configuration;
using KioskGuide.Central.CitizenInput.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace KioskGuide.Central.CitizenInput.Api;

/// <summary>
/// At most <see cref="CitizenInputServerOptions.PermitsPerMinute"/> uploads a minute per kiosk token (a fixed
/// one-minute window); beyond that 429 with Retry-After, which the kiosk's uploader honours. Its own
/// OnRejected, so a host's other rate-limit settings are left alone.
/// </summary>
internal sealed class KioskRateLimitPolicy(IOptions<CitizenInputServerOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "citizen-input-kiosk";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, cancellationToken) =>
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await Problems.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Too many answers",
            $"This kiosk token may send {options.Value.PermitsPerMinute} answers a minute; try again in {seconds} s.");
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var token = httpContext.User.FindFirst(KioskTokenAuthenticationHandler.TokenIdClaim)?.Value ?? "";
        return RateLimitPartition.GetFixedWindowLimiter(token, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.PermitsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }
}
