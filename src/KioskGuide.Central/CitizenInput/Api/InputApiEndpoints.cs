using KioskGuide.Central.CitizenInput.Configuration;
using KioskGuide.Central.CitizenInput.Questionnaires;
using KioskGuide.Central.CitizenInput.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KioskGuide.Central.CitizenInput.Api;

/// <summary>The kiosks' API: POST /api/input/responses and GET /api/input/questionnaire.</summary>
internal static class InputApiEndpoints
{
    public const string ResponsesPath = "/api/input/responses";
    public const string QuestionnairePath = "/api/input/questionnaire";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost(ResponsesPath, PostResponseAsync)
            .RequireAuthorization(CitizenInputPolicies.Kiosk)
            .RequireRateLimiting(KioskRateLimitPolicy.Name)
            .DisableAntiforgery();
        app.MapGet(QuestionnairePath, GetQuestionnaire);
    }

    private static async Task<IResult> PostResponseAsync(
        HttpContext context, ResponseIntake intake, IOptions<CitizenInputServerOptions> options, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxBodyBytes;
        if (await RequestBody.ReadAsync(context, limit, cancellationToken) is not { } body)
        {
            return Problems.Problem(StatusCodes.Status413PayloadTooLarge, "Answer too large", $"An answer may be at most {limit} bytes.");
        }

        var kiosk = context.User.FindFirst(KioskTokenAuthenticationHandler.KioskIdClaim)!.Value;
        return await intake.AcceptAsync(kiosk, context.Request.Headers["Idempotency-Key"], body, cancellationToken);
    }

    /// <summary>The current questionnaire; 304 when the kiosk already has it (If-None-Match).</summary>
    private static IResult GetQuestionnaire(HttpContext context, QuestionnaireCatalogue catalogue)
    {
        context.Response.Headers.ETag = catalogue.ETag;
        context.Response.Headers.CacheControl = "no-cache";
        var ifNoneMatch = context.Request.Headers.IfNoneMatch;
        if (EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
            && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag == catalogue.ETag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Text(catalogue.CurrentJson, "application/json; charset=utf-8");
    }
}
