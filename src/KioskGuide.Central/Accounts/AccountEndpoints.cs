using KioskGuide.Central.Accounts.Pages;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace KioskGuide.Central.Accounts;

/// <summary>Log in, log out and "no access", for every central page. Posts need an antiforgery token.</summary>
internal static class AccountEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").WithPageHeaders();
        pages.MapGet(AccountRoutes.Login, (string? returnUrl) => Login(returnUrl, error: null));
        pages.MapPost(AccountRoutes.Login, LoginAsync).RequireRateLimiting(LoginRateLimitPolicy.Name);
        pages.MapPost(AccountRoutes.Logout, LogoutAsync).RequireAuthorization(CentralRoles.SignedInPolicy);
        pages.MapGet(AccountRoutes.Denied, (HttpContext context) => new RazorComponentResult<AccessDeniedPage>(new { UserName = context.User.Identity?.Name })
        {
            StatusCode = StatusCodes.Status403Forbidden,
        }).RequireAuthorization(CentralRoles.SignedInPolicy);
    }

    private static async Task<Results<RazorComponentResult<LoginPage>, RedirectHttpResult, ProblemHttpResult>> LoginAsync(
        HttpContext context, UserDirectory users, LoginThrottle throttle, ILoggerFactory loggers,
        [FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl)
    {
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var logger = loggers.CreateLogger(typeof(AccountEndpoints));
        if (throttle.RetryAfter(client, userName) is { } wait)
        {
            // Locked: the password is not even checked (no PBKDF2), the right one is refused too.
            return TooMany(context, wait, logger);
        }

        SignedInUser? user;
        await Pbkdf2Slots.WaitAsync(context.RequestAborted);
        try
        {
            user = users.Verify(userName, password);
        }
        finally
        {
            Pbkdf2Slots.Release();
        }

        if (user is null)
        {
            throttle.Failed(client, userName);
            logger.LogWarning("A login failed");
            var page = Login(returnUrl, "Forkert brugernavn eller adgangskode.");
            page.StatusCode = StatusCodes.Status401Unauthorized;
            return page;
        }

        throttle.Succeeded(client, userName);
        await context.SignInAsync(CentralLogin.Scheme, CentralLogin.Principal(user));
        return TypedResults.Redirect(AccountRoutes.AfterLogin(returnUrl));
    }

    /// <summary>At most this many password checks at once, so a burst of logins cannot take every core.</summary>
    private static readonly SemaphoreSlim Pbkdf2Slots = new(Math.Max(1, Environment.ProcessorCount / 2));

    private static ProblemHttpResult TooMany(HttpContext context, TimeSpan wait, ILogger logger)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        logger.LogWarning("A login was refused: too many failed logins from this client; it may try again in {Seconds} s", seconds);
        return TypedResults.Problem(
            $"For mange forkerte forsøg. Prøv igen om {seconds} sekunder.", statusCode: StatusCodes.Status429TooManyRequests, title: "For mange forsøg");
    }

    // The form parameter makes the endpoint check the antiforgery token.
    private static async Task<RedirectHttpResult> LogoutAsync(HttpContext context, IFormCollection form)
    {
        await context.SignOutAsync(CentralLogin.Scheme);
        return TypedResults.Redirect(AccountRoutes.Login);
    }

    private static RazorComponentResult<LoginPage> Login(string? returnUrl, string? error) =>
        new(new Dictionary<string, object?> { [nameof(LoginPage.ReturnUrl)] = returnUrl, [nameof(LoginPage.Error)] = error });
}
