namespace KioskGuide.Domain.CitizenInput;

/// <summary>Coarse segments planners use; coarse on purpose, so no answer points to one person.</summary>
public static class StandardOptions
{
    public static readonly IReadOnlyList<AnswerOption> AgeBands =
    [
        new("under-18", new("Under 18 år", "Under 18")),
        new("18-29", new("18–29 år", "18–29")),
        new("30-49", new("30–49 år", "30–49")),
        new("50-64", new("50–64 år", "50–64")),
        new("65-79", new("65–79 år", "65–79")),
        new("80-plus", new("80 år eller ældre", "80 or older")),
    ];

    public static readonly IReadOnlyList<AnswerOption> LifeSituations =
    [
        new("student", new("Går i skole eller studerer", "At school or studying")),
        new("working", new("I arbejde", "Working")),
        new("unemployed", new("Ledig", "Unemployed")),
        new("early-retired", new("Førtidspension", "Early retirement")),
        new("retired", new("Pensionist", "Retired")),
        new("other", new("Andet", "Other")),
    ];

    /// <summary>Options for a question of this type; <paramref name="areas"/> are the municipality's areas.</summary>
    public static IReadOnlyList<AnswerOption> For(Question question, IReadOnlyList<string> areas) => question.Type switch
    {
        QuestionType.AgeBand => AgeBands,
        QuestionType.LifeSituation => LifeSituations,
        QuestionType.Area when question.Options.Count == 0 => [.. areas.Select(a => new AnswerOption(AreaId(a), new(a, a)))],
        _ => question.Options,
    };

    /// <summary>An area's option id: its name folded to plain lower-case letters, e.g. "Solbjerg Strand" → "solbjerg-strand".</summary>
    public static string AreaId(string area) =>
        string.Join('-', Search.TextFolding.Fold(area).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
