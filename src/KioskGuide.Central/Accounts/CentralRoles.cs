using Microsoft.AspNetCore.Authorization;

namespace KioskGuide.Central.Accounts;

/// <summary>
/// The roles of the people who log in to the central server, and one authorisation policy per role. An area's
/// pages require the policy of the role they serve: <c>group.RequireAuthorization(CentralRoles.PlannerPolicy)</c>.
/// Roles do not imply each other; a user who needs several lists them all.
/// </summary>
public static class CentralRoles
{
    /// <summary>Reads the citizens' answers, hides free texts, takes the CSV and PDF reports.</summary>
    public const string Planner = "planner";

    /// <summary>Edits the offers the kiosks show (the coming offers editor).</summary>
    public const string Editor = "editor";

    /// <summary>Looks after the kiosks themselves (the coming fleet page).</summary>
    public const string It = "it";

    public const string PlannerPolicy = "Planner";
    public const string EditorPolicy = "Editor";
    public const string ItPolicy = "IT";

    /// <summary>Anyone logged in, whatever their roles (e.g. to log out).</summary>
    public const string SignedInPolicy = "SignedIn";

    public static IReadOnlyList<string> All { get; } = [Planner, Editor, It];

    /// <summary>The role as written in the constants ("Planner" → "planner"); null for an unknown role.</summary>
    public static string? Normalise(string? role) =>
        All.FirstOrDefault(r => string.Equals(r, role?.Trim(), StringComparison.OrdinalIgnoreCase));

    internal static void AddPolicies(AuthorizationOptions options)
    {
        foreach (var (policy, role) in new[] { (PlannerPolicy, Planner), (EditorPolicy, Editor), (ItPolicy, It) })
        {
            options.AddPolicy(policy, p => p.AddAuthenticationSchemes(CentralLogin.Scheme).RequireRole(role));
        }

        options.AddPolicy(SignedInPolicy, p => p.AddAuthenticationSchemes(CentralLogin.Scheme).RequireAuthenticatedUser());
    }
}
