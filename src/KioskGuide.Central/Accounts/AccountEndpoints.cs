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
        pages.MapPost(AccountRoutes.Login, LoginAsync);
        pages.MapPost(AccountRoutes.Logout, LogoutAsync).RequireAuthorization(CentralRoles.SignedInPolicy);
        pages.MapGet(AccountRoutes.Denied, (HttpContext context) => new RazorComponentResult<AccessDeniedPage>(new { UserName = context.User.Identity?.Name })
        {
            StatusCode = StatusCodes.Status403Forbidden,
        }).RequireAuthorization(CentralRoles.SignedInPolicy);
    }

    private static async Task<Results<RazorComponentResult<LoginPage>, RedirectHttpResult>> LoginAsync(
        HttpContext context, UserDirectory users, ILoggerFactory loggers,
        [FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl)
    {
        var user = users.Verify(userName, password);
        if (user is null)
        {
            loggers.CreateLogger(typeof(AccountEndpoints)).LogWarning("A login failed");
            var page = Login(returnUrl, "Forkert brugernavn eller adgangskode.");
            page.StatusCode = StatusCodes.Status401Unauthorized;
            return page;
        }

        await context.SignInAsync(CentralLogin.Scheme, CentralLogin.Principal(user));
        return TypedResults.Redirect(AccountRoutes.AfterLogin(returnUrl));
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
