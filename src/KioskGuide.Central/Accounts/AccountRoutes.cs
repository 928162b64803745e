namespace KioskGuide.Central.Accounts;

/// <summary>
/// The login's addresses. They stay under /input, where the planners' bookmarks point; the login cookie goes to
/// the whole site, because the fleet's (and the coming editor's) pages live outside /input.
/// </summary>
public static class AccountRoutes
{
    public const string CookiePath = "/";
    public const string Login = "/input/login";
    public const string Logout = "/input/logout";
    public const string Denied = "/input/denied";

    /// <summary>Where a login without a return address lands; each area maps what it shows there.</summary>
    public const string Landing = "/input";

    /// <summary>
    /// The local address to go to after logging in: <paramref name="returnUrl"/> when it is a page of this site
    /// (a path, not an API: never another site, so no "//" and no "\"), else <see cref="Landing"/>.
    /// </summary>
    public static string AfterLogin(string? returnUrl) =>
        returnUrl is { Length: > 1 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("/api/", StringComparison.Ordinal)
            && !returnUrl.Contains("//", StringComparison.Ordinal) && !returnUrl.Contains('\\', StringComparison.Ordinal)
            ? returnUrl
            : Landing;
}
