using Microsoft.AspNetCore.Authorization;

namespace KioskGuide.Central.CitizenInput.Security;

/// <summary>
/// The kiosks' authorisation policy (bearer token, its own scheme). People log in through Accounts/ and the
/// planners' pages require <see cref="Accounts.CentralRoles.PlannerPolicy"/>.
/// </summary>
public static class CitizenInputPolicies
{
    public const string Kiosk = "CitizenInputKiosk";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Kiosk, policy => policy
            .AddAuthenticationSchemes(KioskTokenAuthenticationHandler.SchemeName)
            .RequireClaim(KioskTokenAuthenticationHandler.KioskIdClaim));
    }
}
