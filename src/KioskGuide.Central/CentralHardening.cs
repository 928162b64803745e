using System.Net;
using System.Security.Cryptography;
using System.Text;
using KioskGuide.Central.Accounts;
using KioskGuide.Central.Accounts.Pages;
using KioskGuide.Central.CitizenInput.Configuration;
using KioskGuide.Central.CitizenInput.Security;
using KioskGuide.Central.Feed.Configuration;
using Microsoft.AspNetCore.HostFiltering;

namespace KioskGuide.Central;

/// <summary>
/// What keeps the central server shut when it faces a network: it refuses to start with a demo secret or without
/// a public address when it listens beyond loopback; it answers only requests for its own host names (host
/// filtering, so a forged Host header never reaches a link); and every response carries a Content-Security-Policy
/// without inline script, nosniff, no referrer and no framing.
/// </summary>
public static class CentralHardening
{
    /// <summary>The demo secrets of central-settings.json and the README: fine on one machine, never on a network.</summary>
    public const string DemoPassword = "demo-password";

    public static readonly IReadOnlyList<string> DemoKioskTokens = ["demo-kiosk-token-aabaek-bibliotek", "demo-kiosk-token-central-feed"];

    /// <summary>
    /// Throws <see cref="StartupRefusedException"/> (one line naming the setting) when the server would listen
    /// beyond loopback with a demo kiosk token or the demo password, or without Feed:PublicBaseUrl.
    /// </summary>
    public static void RefuseUnsafeExposure(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var listen = configuration[$"{FeedOptions.Section}:ListenAddress"] ?? "127.0.0.1";
        if (IPAddress.TryParse(listen, out var address) && IPAddress.IsLoopback(address))
        {
            return;
        }

        var kiosks = configuration.GetSection($"{CitizenInputServerOptions.Section}:Kiosks").GetChildren();
        var demoHashes = DemoKioskTokens.Select(KioskTokens.Hash).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var kiosk in kiosks)
        {
            if (demoHashes.Contains(kiosk["TokenSha256"] ?? ""))
            {
                throw Refuse($"{kiosk.Path}:TokenSha256 is a demo kiosk token from the README", listen, "make a token with create-token and configure its hash, or remove the entry");
            }
        }

        var users = configuration.GetSection($"{CentralUsersOptions.Section}:Users").GetChildren()
            .Concat(configuration.GetSection($"{CitizenInputServerOptions.Section}:Planners").GetChildren());
        foreach (var user in users)
        {
            if (user["PasswordHash"] is { } hash && AccountPasswords.Verify(DemoPassword, hash))
            {
                throw Refuse($"{user.Path}:PasswordHash is the demo password", listen, "set a hash made with hash-password from a password of your own");
            }
        }

        if (string.IsNullOrWhiteSpace(configuration[$"{FeedOptions.Section}:PublicBaseUrl"]))
        {
            throw Refuse($"{FeedOptions.Section}:PublicBaseUrl is not set", listen, "set it to the address kiosks and planners use, e.g. https://kioskguide.kommune.dk");
        }
    }

    /// <summary>Host names the server answers: Feed:PublicBaseUrl's, the listen address and loopback's; or AllowedHosts when set.</summary>
    public static void AddHostFiltering(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<HostFilteringOptions>(options =>
        {
            var configured = configuration["AllowedHosts"];
            if (!string.IsNullOrWhiteSpace(configured) && configured.Trim() != "*")
            {
                options.AllowedHosts = [.. configured.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
                return;
            }

            var hosts = new List<string> { "localhost", "127.0.0.1", "[::1]" };
            if (Uri.TryCreate(configuration[$"{FeedOptions.Section}:PublicBaseUrl"], UriKind.Absolute, out var publicUri))
            {
                hosts.Add(publicUri.Host);
            }

            if (IPAddress.TryParse(configuration[$"{FeedOptions.Section}:ListenAddress"], out var listen)
                && !listen.Equals(IPAddress.Any) && !listen.Equals(IPAddress.IPv6Any))
            {
                hosts.Add(listen.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{listen}]" : listen.ToString());
            }

            options.AllowedHosts = [.. hosts.Distinct(StringComparer.OrdinalIgnoreCase)];
            options.AllowEmptyHosts = false;
            options.IncludeFailureMessage = false;
        });
    }

    /// <summary>
    /// Headers on every response (NetEscapades.AspNetCore.SecurityHeaders). The pages have no script at all, so
    /// <c>script-src 'none'</c>; their one style sheet is inline and allowed by its hash only.
    /// </summary>
    public static void UseSecurityHeaders(WebApplication app)
    {
        var styleHash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(StyleSheet.Markup.Value)));
        var policy = new HeaderPolicyCollection()
            .AddContentTypeOptionsNoSniff()
            .AddReferrerPolicyNoReferrer()
            .AddFrameOptionsDeny()
            .AddCrossOriginOpenerPolicy(p => p.SameOrigin())
            .RemoveServerHeader()
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().None();
                csp.AddScriptSrc().None();
                csp.AddStyleSrc().WithHash256(styleHash);
                csp.AddImgSrc().Self();
                csp.AddFormAction().Self();
                csp.AddBaseUri().None();
                csp.AddFrameAncestors().None();
            });
        app.UseSecurityHeaders(policy);
    }

    private static StartupRefusedException Refuse(string what, string listen, string fix) =>
        new($"Refusing to start: {what}, and Feed:ListenAddress={listen} is not loopback; {fix}.");
}

/// <summary>The server will not start as configured; the message is one line that names the setting.</summary>
public sealed class StartupRefusedException(string message) : Exception(message);
