using KioskGuide.Domain.CitizenInput;
using KioskGuide.Domain.Search;

namespace KioskGuide.Domain.Demand;

/// <summary>
/// Turns what a citizen typed into the search field into the term that is counted: scrubbed by the same
/// <see cref="FreeTextScrubber"/> as the questionnaire, then folded as the search folds it (case, æøå and accents,
/// punctuation, spaces). Anything that could point at a person becomes <see cref="Other"/>, never a term.
/// </summary>
public static class DemandTerms
{
    /// <summary>The bucket for every term that is not counted by itself. Cannot be a folded term (those are letters, digits and spaces only).</summary>
    public const string Other = "~other";

    /// <summary>Longer terms are sentences, not needs; they are more likely to carry something personal.</summary>
    public const int MaxLength = 40;

    public const int MaxWords = 4;

    /// <summary>More digits than this in a term and it is <see cref="Other"/>: a search needs no number longer than "55+", and a partial phone or CPR number must never be counted.</summary>
    public const int MaxDigits = 2;

    /// <summary>The counted term; null when nothing was typed (nothing to count).</summary>
    public static string? Normalise(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        // Scrub the text as typed: the detectors need its capitals, separators and context ("jeg bor på …").
        var scrubbed = FreeTextScrubber.Scrub(typed);
        if (scrubbed.RemovedKinds.Count > 0)
        {
            return Other;
        }

        var words = TextFolding.Words(scrubbed.Text);
        if (words.Length == 0)
        {
            return null;
        }

        var term = string.Join(' ', words);
        return term.Length > MaxLength || words.Length > MaxWords || term.Count(char.IsAsciiDigit) > MaxDigits ? Other : term;
    }
}
