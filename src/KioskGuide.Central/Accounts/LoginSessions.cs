using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace KioskGuide.Central.Accounts;

/// <summary>
/// Server-side login sessions: the cookie carries only a random session key, the ticket stays here. Logging out
/// removes the session, so a copy of the cookie taken before is worth nothing afterwards; a restart empties the
/// store and logs everyone out (a planner logs in again; nothing a stolen cookie could use survives).
/// Each session also carries the user's security stamp (<see cref="Stamp"/>), checked on every request: a
/// changed password hash ends every session of that user.
/// </summary>
public sealed class LoginSessions(TimeProvider time) : ITicketStore
{
    public const string StampClaim = "kioskguide:stamp";

    private readonly ConcurrentDictionary<string, AuthenticationTicket> _tickets = new(StringComparer.Ordinal);

    public int Count => _tickets.Count;

    /// <summary>A stamp derived from the password hash: it changes when the password does, and reveals nothing of it.</summary>
    public static string Stamp(string passwordHash) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("kioskguide-stamp|" + passwordHash)))[..16];

    public Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        _tickets[key] = ticket;
        Prune();
        return Task.FromResult(key);
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        // Only a session that still exists is renewed: a late renewal never revives a logged-out one.
        if (_tickets.ContainsKey(key))
        {
            _tickets[key] = ticket;
        }

        return Task.CompletedTask;
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) =>
        Task.FromResult(_tickets.TryGetValue(key, out var ticket) && !Expired(ticket) ? ticket : null);

    public Task RemoveAsync(string key)
    {
        _tickets.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    /// <summary>Ends every session of a user (e.g. when the password is found changed).</summary>
    public void RemoveUser(string userName)
    {
        foreach (var (key, ticket) in _tickets)
        {
            if (string.Equals(ticket.Principal.Identity?.Name, userName, StringComparison.OrdinalIgnoreCase))
            {
                _tickets.TryRemove(key, out _);
            }
        }
    }

    /// <summary>Every request: the session's stamp must still be the user's; else the session ends here.</summary>
    internal static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var users = context.HttpContext.RequestServices.GetRequiredService<UserDirectory>();
        var name = context.Principal?.Identity?.Name;
        var stamp = context.Principal?.FindFirst(StampClaim)?.Value;
        if (name is null || stamp is null || users.StampOf(name) != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CentralLogin.Scheme);
        }
    }

    private bool Expired(AuthenticationTicket ticket) => ticket.Properties.ExpiresUtc is { } expires && expires < time.GetUtcNow();

    private void Prune()
    {
        foreach (var (key, ticket) in _tickets)
        {
            if (Expired(ticket))
            {
                _tickets.TryRemove(key, out _);
            }
        }
    }
}

/// <summary>Registers the session store with the login cookie.</summary>
internal sealed class LoginCookieSetup(LoginSessions sessions, Microsoft.Extensions.Options.IOptions<Feed.Configuration.FeedOptions> feed)
    : Microsoft.Extensions.Options.IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        if (name != CentralLogin.Scheme)
        {
            return;
        }

        options.SessionStore = sessions;
        options.Events.OnValidatePrincipal = LoginSessions.ValidateAsync;
        // Secure whenever the public address is https (TLS ends at a proxy, so the request itself may be http).
        if (feed.Value.PublicBaseUrl?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) == true)
        {
            options.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.Always;
        }
    }
}
