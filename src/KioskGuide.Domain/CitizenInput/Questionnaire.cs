namespace KioskGuide.Domain.CitizenInput;

/// <summary>
/// A versioned set of questions on the municipality's action plan, written as configuration by
/// planners. Every question may be skipped; nothing asked may identify a person.
/// </summary>
public sealed record Questionnaire
{
    /// <summary>Stable id, e.g. "flere-i-faellesskaber".</summary>
    public required string Id { get; init; }
    /// <summary>Raised by the planners whenever questions or options change; answers carry it.</summary>
    public required int Version { get; init; }
    public required TextPair Title { get; init; }
    /// <summary>What is collected, that it is anonymous, who reads it and what it is used for.</summary>
    public required TextPair Intro { get; init; }
    /// <summary>Shown after the answer is saved: what happens next.</summary>
    public required TextPair ThankYou { get; init; }
    public required IReadOnlyList<Question> Questions { get; init; }
}

/// <summary>A text in Danish and English.</summary>
public sealed record TextPair(string Da, string En)
{
    public string For(string language) => language == "da" ? Da : En;
}

public sealed record Question
{
    /// <summary>Stable id within the questionnaire, e.g. "barriers".</summary>
    public required string Id { get; init; }
    public required QuestionType Type { get; init; }
    public required TextPair Text { get; init; }
    /// <summary>A short help line under the question, optional.</summary>
    public TextPair? Hint { get; init; }
    /// <summary>Choices for single and multiple choice; filled in by the kiosk for area, age band and life situation.</summary>
    public IReadOnlyList<AnswerOption> Options { get; init; } = [];
    /// <summary>Longest free text accepted, in characters.</summary>
    public int MaxLength { get; init; } = 300;
}

public sealed record AnswerOption(string Id, TextPair Label);

public enum QuestionType
{
    SingleChoice,
    MultipleChoice,
    /// <summary>1–5, shown with faces from very unhappy to very happy.</summary>
    Scale,
    /// <summary>A few sentences typed on the on-screen keyboard; scrubbed before it is stored.</summary>
    FreeText,
    /// <summary>Which area of the municipality one lives in; the options are the municipality's areas.</summary>
    Area,
    /// <summary>Coarse age band, optional.</summary>
    AgeBand,
    /// <summary>Student, working, unemployed, retired…, optional.</summary>
    LifeSituation,
}
