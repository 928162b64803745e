namespace KioskGuide.Central.Accounts;

/// <summary>
/// The login's addresses. They stay under /input, where the planners' bookmarks point, and the login cookie is
/// sent only there; when the editor's or the fleet's pages arrive outside /input, widen <see cref="CookiePath"/>
/// (and move these) here, in one place.
/// </summary>
public static class AccountRoutes
{
    public const string CookiePath = "/input";
    public const string Login = "/input/login";
    public const string Logout = "/input/logout";
    public const string Denied = "/input/denied";

    /// <summary>Where a login without a return address lands; each area maps what it shows there.</summary>
    public const string Landing = "/input";

    /// <summary>
    /// The local address to go to after logging in: <paramref name="returnUrl"/> when it is a page under
    /// <see cref="CookiePath"/> (never another site: no "//"), else <see cref="Landing"/>.
    /// </summary>
    public static string AfterLogin(string? returnUrl) =>
        returnUrl is { Length: > 1 } && returnUrl.StartsWith(CookiePath + "/", StringComparison.Ordinal)
            && !returnUrl.Contains("//", StringComparison.Ordinal) && !returnUrl.Contains('\\', StringComparison.Ordinal)
            ? returnUrl
            : Landing;
}
