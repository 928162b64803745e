using System.Security.Cryptography;
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
/// scrubbed of personal data, only the date kept, the kiosk id the only device detail, and a random
/// hold before it may be uploaded (<see cref="InputOptions.UploadHoldMinMinutes"/>).
/// </summary>
/// <remarks>
/// Nothing is logged for an answer that is saved; a refusal is logged without the answer's id or content.
/// A storage failure (a full disk, a broken file) is reported to the citizen as "not saved", never as a crash.
/// </remarks>
public sealed class ResponseRecorder(
    SqliteResponseOutbox outbox,
    SubmissionRateLimiter rateLimiter,
    CatalogueProvider catalogues,
    TimeProvider time,
    IOptions<KioskOptions> kiosk,
    ILogger<ResponseRecorder> logger,
    IOptions<InputOptions>? input = null,
    Operations.DiskSpace? disk = null)
{
    private readonly InputOptions _input = input?.Value ?? new InputOptions();

    public async Task<RecordResult> RecordAsync(ResponseDraft draft, string language, CancellationToken cancellationToken = default)
    {
        if (disk?.IsNearlyFull() == true)
        {
            logger.LogError("An answer was not saved: the disk is nearly full; the citizen was told, staff mode says why");
            return RecordResult.DiskFull;
        }

        var answers = draft.Answers
            .Select(a => a.Text is null ? a : a with { Text = Fit(Scrub(a.Text), draft.Questionnaire.Questions.FirstOrDefault(q => q.Id == a.QuestionId)?.MaxLength) })
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

        try
        {
            await outbox.EnqueueAsync(response, time.GetUtcNow() + Hold(), cancellationToken);
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            // SQLITE_FULL, SQLITE_IOERR, a read-only or vanished file: the citizen is told it was not saved.
            logger.LogError("An answer could not be saved to the outbox ({Error}); the citizen was told to try again later", ex.GetType().Name + (ex is Microsoft.Data.Sqlite.SqliteException s ? $" {s.SqliteErrorCode}" : ""));
            return RecordResult.StorageFailed;
        }

        return RecordResult.Saved;
    }

    /// <summary>A random time in [min, max] minutes, from a cryptographic source (nothing on the kiosk can predict it).</summary>
    private TimeSpan Hold()
    {
        int min = _input.UploadHoldMinMinutes * 60, max = Math.Max(min, _input.UploadHoldMaxMinutes * 60);
        return TimeSpan.FromSeconds(min == max ? min : RandomNumberGenerator.GetInt32(min, max + 1));
    }

    /// <summary>
    /// The scrubbed text within the question's length: a marker is longer than what it replaces ("Bo" → "[fjernet]")
    /// and NFKC can lengthen text ("ﬁ" → "fi"), which must not turn a valid answer into one the server refuses. A cut
    /// never leaves half a marker.
    /// </summary>
    internal static string Fit(string text, int? maxLength)
    {
        if (maxLength is not int max || text.Length <= max)
        {
            return text;
        }

        string cut = text[..max];
        if (char.IsHighSurrogate(cut[^1]))
        {
            cut = cut[..^1];
        }

        int open = cut.LastIndexOf('[');
        if (open >= 0 && cut.IndexOf(']', open) < 0 && FreeTextScrubber.Marker.StartsWith(cut[open..], StringComparison.Ordinal))
        {
            cut = cut[..open];
        }

        return cut.TrimEnd();
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
            // FreeTextScrubber fails closed itself now; this stays as a second lock.
            logger.LogWarning("A free-text answer could not be scrubbed in time and was replaced by the marker");
            return FreeTextScrubber.Marker;
        }
    }
}

public enum RecordResult
{
    Saved,
    TooMany,
    Invalid,
    /// <summary>The kiosk could not write it down (full disk, broken file): nothing was kept.</summary>
    StorageFailed,
    /// <summary>Refused before writing: too little disk left (<see cref="KioskGuide.Domain.Operations.KioskProblems.MinFreeDiskBytes"/>).</summary>
    DiskFull,
}
