namespace KioskGuide.Domain.CitizenInput;

/// <summary>
/// One citizen's anonymous answer. It holds no name, no contact, no device id beyond the kiosk's,
/// and only the date it was given: the time of day could single a person out in a quiet library.
/// </summary>
public sealed record QuestionnaireResponse
{
    /// <summary>Made by the kiosk; also the upload's Idempotency-Key, so a retry is stored once.</summary>
    public required Guid Id { get; init; }
    public required string QuestionnaireId { get; init; }
    public required int QuestionnaireVersion { get; init; }
    public required string KioskId { get; init; }
    public required DateOnly Date { get; init; }
    public required string Language { get; init; }
    public required IReadOnlyList<Answer> Answers { get; init; }
}

/// <summary>The answer to one question. A skipped question has no answer at all.</summary>
/// <param name="QuestionId">The question answered.</param>
/// <param name="OptionIds">Chosen options (single choice, multiple choice, area, age band, life situation).</param>
/// <param name="Scale">1–5 for a scale question.</param>
/// <param name="Text">Scrubbed free text.</param>
public sealed record Answer(string QuestionId, IReadOnlyList<string> OptionIds, int? Scale = null, string? Text = null)
{
    public bool IsEmpty => OptionIds.Count == 0 && Scale is null && string.IsNullOrWhiteSpace(Text);
}
