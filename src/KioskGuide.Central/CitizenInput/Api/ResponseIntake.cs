using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KioskGuide.Central.CitizenInput.Configuration;
using KioskGuide.Central.CitizenInput.Questionnaires;
using KioskGuide.Central.CitizenInput.Storage;
using KioskGuide.Domain.CitizenInput;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KioskGuide.Central.CitizenInput.Api;

/// <summary>
/// Decides what becomes of one uploaded answer, after the token and the size were checked: refused with a
/// 4xx naming the field, stored once (201), or recognised as a replay (200) or as a reused key (422).
/// </summary>
public sealed class ResponseIntake(
    IResponseStore store,
    QuestionnaireCatalogue questionnaires,
    IOptions<CitizenInputServerOptions> options,
    TimeProvider time,
    ILogger<ResponseIntake> logger)
{
    /// <summary>
    /// The status for a key reused with a different answer. draft-ietf-httpapi-idempotency-key-header §2.7 says
    /// 422 (409 is for a retry while the first request is still in progress, which the atomic insert never shows);
    /// the kiosk treats 422 as "refused for good", so it stops retrying what can never succeed.
    /// </summary>
    public const int KeyReusedStatus = StatusCodes.Status422UnprocessableEntity;

    /// <summary>Clock skew between kiosk and server tolerated when checking that an answer's date is not in the future.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromHours(1);

    public async Task<Results<Created<StoredReply>, Ok<StoredReply>, ValidationProblem, ProblemHttpResult>> AcceptAsync(string tokenKioskId, string? idempotencyKey, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey))
        {
            return Problems.Invalid("Idempotency-Key", "is missing: send the answer's id as the Idempotency-Key header");
        }

        if (!Guid.TryParse(idempotencyKey.Trim().Trim('"'), out var key))
        {
            return Problems.Invalid("Idempotency-Key", "must be a UUID, the answer's id");
        }

        QuestionnaireResponse? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<QuestionnaireResponse>(body.Span, CitizenInputJson.Options);
        }
        catch (JsonException ex)
        {
            return Problems.Invalid(ResponseFields.FromJsonPath(ex), $"is not valid: {ex.Message}");
        }

        if (parsed is null)
        {
            return Problems.Invalid("body", "must be a JSON object: one answer");
        }

        var shape = ResponseFields.ShapeProblems(parsed);
        if (shape.Count > 0)
        {
            return Reject(parsed, "The answer is incomplete.", shape);
        }

        if (parsed.Id != key)
        {
            return Reject(parsed, "The Idempotency-Key must be the answer's id.", new Dictionary<string, string[]>
            {
                ["Idempotency-Key"] = [$"is {key}, but the answer's id is {parsed.Id}"],
                ["id"] = ["must equal the Idempotency-Key header"],
            });
        }

        if (parsed.KioskId != tokenKioskId)
        {
            logger.LogWarning("A kiosk token was used for an answer that names another kiosk ({Kiosk})", parsed.KioskId);
            return Problems.Problem(StatusCodes.Status403Forbidden, "Not this kiosk's token", $"The token is not for kiosk '{parsed.KioskId}'.");
        }

        var fingerprint = Fingerprint(parsed);
        if (await store.FingerprintAsync(parsed.Id, cancellationToken) is { } stored)
        {
            return Outcome(parsed.Id, stored == fingerprint ? StoreOutcome.Replayed : StoreOutcome.KeyReused);
        }

        var questionnaire = questionnaires.Find(parsed.QuestionnaireId, parsed.QuestionnaireVersion);
        if (questionnaire is null)
        {
            return Reject(parsed, "The answer is to a questionnaire this server does not know.", new Dictionary<string, string[]>
            {
                ["questionnaireVersion"] = [$"{parsed.QuestionnaireId} v{parsed.QuestionnaireVersion} is unknown; the current questionnaire is {questionnaires.Current.Id} v{questionnaires.Current.Version}"],
            });
        }

        if (DateProblem(parsed.Date) is { } dateProblem)
        {
            return Reject(parsed, $"date: {dateProblem}", new Dictionary<string, string[]> { ["date"] = [dateProblem] });
        }

        var problems = ResponseValidator.Problems(parsed, questionnaire, options.Value.Areas);
        if (problems.Count > 0)
        {
            return Reject(parsed, string.Join("; ", problems), ResponseFields.FromValidator(parsed, problems));
        }

        var scrubbed = parsed with { Answers = [.. parsed.Answers.Select(a => a.Text is null ? a : a with { Text = Scrub(a.Text) })] };
        var outcome = await store.AddAsync(
            new StoredResponse(scrubbed, CitizenInputJson.Serialize(scrubbed), fingerprint, Segments(scrubbed, questionnaire)),
            cancellationToken);
        if (outcome == StoreOutcome.Created)
        {
            logger.LogInformation("Stored answer {Id} from kiosk {Kiosk}", parsed.Id, parsed.KioskId);
        }

        return Outcome(parsed.Id, outcome);
    }

    /// <summary>SHA-256 of the answer as received, in canonical JSON: what a replay must match.</summary>
    public static string Fingerprint(QuestionnaireResponse response) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CitizenInputJson.Serialize(response))));

    private Results<Created<StoredReply>, Ok<StoredReply>, ValidationProblem, ProblemHttpResult> Outcome(Guid id, StoreOutcome outcome)
    {
        switch (outcome)
        {
            case StoreOutcome.Created:
                return TypedResults.Created((string?)null, new StoredReply(id, "stored"));
            case StoreOutcome.Replayed:
                logger.LogInformation("Answer {Id} was sent again (replay); it stays stored once", id);
                return TypedResults.Ok(new StoredReply(id, "stored"));
            default:
                logger.LogWarning("Idempotency-Key {Id} was sent again with a different answer; refused", id);
                return Problems.Problem(KeyReusedStatus, "Idempotency-Key reused", $"An answer with id {id} is already stored, and this one differs from it.");
        }
    }

    private ValidationProblem Reject(QuestionnaireResponse response, string detail, IDictionary<string, string[]> errors)
    {
        logger.LogWarning("Answer {Id} refused; fields: {Fields}", response.Id, string.Join(", ", errors.Keys));
        return Problems.Invalid(detail, errors);
    }

    private string? DateProblem(DateOnly date)
    {
        var now = time.GetUtcNow();
        var latest = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now + ClockSkew, KioskTimeZone.Copenhagen).DateTime);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, KioskTimeZone.Copenhagen).DateTime);
        if (date > latest)
        {
            return $"{date:yyyy-MM-dd} is in the future (today is {today:yyyy-MM-dd} in Copenhagen)";
        }

        return date < today.AddYears(-1) ? $"{date:yyyy-MM-dd} is more than a year ago" : null;
    }

    /// <summary>The kiosk scrubs free text; the server does it again, so a faulty client cannot store personal data.</summary>
    private string Scrub(string text)
    {
        try
        {
            return FreeTextScrubber.Scrub(text).Text;
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            logger.LogWarning("A free-text answer could not be scrubbed in time and was replaced by the marker");
            return FreeTextScrubber.Marker;
        }
    }

    private static ResponseSegments Segments(QuestionnaireResponse response, Questionnaire questionnaire)
    {
        string? First(QuestionType type)
        {
            var question = questionnaire.Questions.FirstOrDefault(q => q.Type == type);
            return question is null ? null : response.Answers.FirstOrDefault(a => a.QuestionId == question.Id)?.OptionIds is [var first, ..] ? first : null;
        }

        return new ResponseSegments(First(QuestionType.AgeBand), First(QuestionType.Area), First(QuestionType.LifeSituation));
    }
}

/// <summary>What a kiosk gets back for a stored answer (201, or 200 for a replay): its id and "stored".</summary>
public sealed record StoredReply(Guid Id, string Status);
