using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace KioskGuide.Central.Accounts;

/// <summary>The one login of the central server: a cookie carrying the user's name and roles.</summary>
public static class CentralLogin
{
    public const string Scheme = "CentralLogin";

    public static ClaimsPrincipal Principal(SignedInUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var claims = user.Roles.Select(r => new Claim(ClaimTypes.Role, r)).Prepend(new Claim(ClaimTypes.Name, user.UserName));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    internal static void ConfigureCookie(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = "KioskGuide.Login";
        options.Cookie.Path = AccountRoutes.CookiePath;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.LoginPath = AccountRoutes.Login;
        options.LogoutPath = AccountRoutes.Logout;
        options.AccessDeniedPath = AccountRoutes.Denied;
        options.ReturnUrlParameter = "returnUrl";
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
    }
}
