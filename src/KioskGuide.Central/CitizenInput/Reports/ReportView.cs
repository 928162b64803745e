using KioskGuide.Central.CitizenInput.Storage;
using KioskGuide.Domain.CitizenInput;

namespace KioskGuide.Central.CitizenInput.Reports;

/// <summary>
/// What the page, the CSV and the PDF show, already suppressed: every count is a <see cref="CountCell"/>.
/// The three renderers read only this, so they cannot disagree.
/// </summary>
/// <param name="FilterLines">The filters in words, e.g. ("Sted", "Alle steder").</param>
/// <param name="FreeTextWithheld">True when fewer than 5 answers match: no free text is shown at all.</param>
public sealed record ReportView(
    string Title,
    Questionnaire Questionnaire,
    ReportFilter Filter,
    IReadOnlyList<(string Name, string Value)> FilterLines,
    CountCell Responses,
    IReadOnlyList<ChartView> Charts,
    IReadOnlyList<FreeTextView> FreeTexts,
    bool FreeTextWithheld)
{
    /// <summary>Why this group is not shown at all (<see cref="Disclosure"/>); null when it is.</summary>
    public string? Refusal { get; init; }
}

/// <summary>One question: how many answered it, and a bar per option (none for free text).</summary>
public sealed record ChartView(string QuestionId, string Title, QuestionType Type, CountCell Answered, IReadOnlyList<BarView> Bars)
{
    /// <summary>Said after "Besvaret af N": a multiple-choice question's counts add up to more than N.</summary>
    public string AnsweredNote => Type == QuestionType.MultipleChoice ? " (flere svar mulige)" : "";
}

public sealed record BarView(string OptionId, string Label, CountCell Count);

/// <summary>A free-text answer that is not hidden.</summary>
public sealed record FreeTextView(TextKey Key, string QuestionTitle, string Text);
