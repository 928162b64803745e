using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace KioskGuide.Central.CitizenInput.Security;

/// <summary>The two authorisation policies: kiosks (bearer token) and planners (login cookie). Each names its own scheme.</summary>
public static class CitizenInputPolicies
{
    public const string Kiosk = "CitizenInputKiosk";
    public const string Planner = "CitizenInputPlanner";
    public const string PlannerScheme = "CitizenInputPlannerCookie";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Kiosk, policy => policy
            .AddAuthenticationSchemes(KioskTokenAuthenticationHandler.SchemeName)
            .RequireClaim(KioskTokenAuthenticationHandler.KioskIdClaim));
        options.AddPolicy(Planner, policy => policy
            .AddAuthenticationSchemes(PlannerScheme)
            .RequireAuthenticatedUser());
    }

    internal static void ConfigureCookie(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = "KioskGuide.Planner";
        options.Cookie.Path = Planners.PlannerRoutes.Root;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict;
        options.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
        options.LoginPath = Planners.PlannerRoutes.Login;
        options.LogoutPath = Planners.PlannerRoutes.Logout;
        options.AccessDeniedPath = Planners.PlannerRoutes.Login;
        options.ReturnUrlParameter = "returnUrl";
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
    }
}
