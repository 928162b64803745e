using System.Security.Claims;
using System.Text.Encodings.Web;
using KioskGuide.Central.CitizenInput.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KioskGuide.Central.CitizenInput.Security;

/// <summary>
/// "Authorization: Bearer &lt;kiosk token&gt;" for the upload API. The principal carries the kiosk id and an
/// id of the token (a prefix of its hash) that rate limits are counted by. The token is never logged.
/// </summary>
public sealed class KioskTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    KioskTokenVerifier verifier) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "CitizenInputKioskToken";
    public const string KioskIdClaim = "kiosk_id";
    public const string TokenIdClaim = "kiosk_token_id";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }

        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= 7)
        {
            return AuthenticateResult.Fail("The Authorization header is not a Bearer token.");
        }

        var found = await verifier.VerifyAsync(header[7..].Trim(), Context.RequestAborted);
        if (found is null)
        {
            return AuthenticateResult.Fail("Unknown kiosk token.");
        }

        var identity = new ClaimsIdentity(
            [new Claim(KioskIdClaim, found.KioskId), new Claim(TokenIdClaim, found.TokenSha256[..16])],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer realm=\"citizen-input\"";
        var result = await HandleAuthenticateOnceSafeAsync();
        var detail = result.Failure?.Message ?? "Send this kiosk's token as \"Authorization: Bearer <token>\".";
        await Problems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Kiosk token missing or not valid", detail);
    }
}
