using KioskGuide.Domain.CitizenInput;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Kiosk.Configuration;
using KioskGuide.Kiosk.Content;
using KioskGuide.Storage;
using Microsoft.Extensions.Options;

namespace KioskGuide.Kiosk.CitizenInput;

/// <summary>
/// Turns a finished draft into an anonymous response and commits it to the outbox: free text
/// scrubbed of personal data, only the date kept, the kiosk id the only device detail.
/// </summary>
public sealed class ResponseRecorder(
    SqliteResponseOutbox outbox,
    SubmissionRateLimiter rateLimiter,
    CatalogueProvider catalogues,
    TimeProvider time,
    IOptions<KioskOptions> kiosk,
    ILogger<ResponseRecorder> logger)
{
    public async Task<RecordResult> RecordAsync(ResponseDraft draft, string language, CancellationToken cancellationToken = default)
    {
        var answers = draft.Answers
            .Select(a => a.Text is null ? a : a with { Text = Scrub(a.Text) })
            .ToList();
        var response = new QuestionnaireResponse
        {
            Id = Guid.NewGuid(),
            QuestionnaireId = draft.Questionnaire.Id,
            QuestionnaireVersion = draft.Questionnaire.Version,
            KioskId = kiosk.Value.SiteId,
            Date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), KioskTimeZone.Copenhagen).DateTime),
            Language = language,
            Answers = answers,
        };

        var problems = ResponseValidator.Problems(response, draft.Questionnaire, catalogues.Current.Towns);
        if (problems.Count > 0)
        {
            logger.LogError("An answer was not saved because it did not fit questionnaire {Questionnaire}: {Problems}", response.QuestionnaireId, string.Join("; ", problems));
            return RecordResult.Invalid;
        }

        if (!rateLimiter.TryAcquire())
        {
            logger.LogWarning("An answer was not saved: more than the allowed answers a minute from this kiosk");
            return RecordResult.TooMany;
        }

        await outbox.EnqueueAsync(response, cancellationToken);
        return RecordResult.Saved;
    }

    /// <summary>Text the scrubber cannot finish in time is dropped whole: never stored unscrubbed.</summary>
    private string Scrub(string text)
    {
        try
        {
            return FreeTextScrubber.Scrub(text).Text;
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            logger.LogWarning("A free-text answer of {Length} characters could not be scrubbed in time and was replaced by the marker", text.Length);
            return FreeTextScrubber.Marker;
        }
    }
}

public enum RecordResult
{
    Saved,
    TooMany,
    Invalid,
}
