using KioskGuide.Central.CitizenInput.Configuration;
using KioskGuide.Central.CitizenInput.Questionnaires;
using KioskGuide.Central.CitizenInput.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KioskGuide.Central.CitizenInput.Api;

/// <summary>
/// The kiosks' API under /api/input: POST responses and GET questionnaire. 401 (no or unknown token) comes from
/// <see cref="KioskTokenAuthenticationHandler"/>, 429 from <see cref="KioskRateLimitPolicy"/>; the rest is typed here.
/// </summary>
internal static class InputApiEndpoints
{
    public const string Group = "/api/input";
    public const string ResponsesPath = Group + Responses;
    public const string QuestionnairePath = Group + Questionnaire;
    private const string Responses = "/responses";
    private const string Questionnaire = "/questionnaire";

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Group);
        api.MapPost(Responses, PostResponseAsync)
            .RequireAuthorization(CitizenInputPolicies.Kiosk)
            .RequireRateLimiting(KioskRateLimitPolicy.Name)
            .DisableAntiforgery();
        api.MapGet(Questionnaire, GetQuestionnaire);
    }

    /// <summary>201 stored, 200 a replay, 400 invalid (naming the fields), 403 another kiosk's answer, 413 too large, 422 a reused key.</summary>
    private static async Task<Results<Created<StoredReply>, Ok<StoredReply>, ValidationProblem, ProblemHttpResult>> PostResponseAsync(
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
    private static Results<ContentHttpResult, StatusCodeHttpResult> GetQuestionnaire(HttpContext context, QuestionnaireCatalogue catalogue)
    {
        context.Response.Headers.ETag = catalogue.ETag;
        context.Response.Headers.CacheControl = "no-cache";
        var ifNoneMatch = context.Request.Headers.IfNoneMatch;
        if (EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
            && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag == catalogue.ETag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Text(catalogue.CurrentJson, "application/json; charset=utf-8");
    }
}
