namespace KioskGuide.Domain.Demand;

/// <summary>One search term as one kiosk counted it on one day.</summary>
public sealed record TermObservation(string Term, string KioskId, DateOnly Day, int Count);

/// <summary>A term a planner may see, with its total in the view.</summary>
public sealed record PublishedTerm(string Term, int Count);

/// <summary>The terms shown and the sum of all the others (rare, scrubbed or too long), which is all a planner sees of them.</summary>
public sealed record TermPublication(IReadOnlyList<PublishedTerm> Terms, int Other);

/// <summary>
/// Which search terms planners may see. A term is shown only when it was searched on at least
/// <see cref="MinDays"/> different days or at at least <see cref="MinKiosks"/> different kiosks, and at least
/// <see cref="MinSearches"/> times in the view; every other term is summed into "other". So one person's unusual
/// search on one visit (a diagnosis, a name the scrubber does not know) never shows: it would have to be repeated on
/// five days or at three libraries.
/// </summary>
/// <remarks>
/// Differencing: a site's view is a part of the all-sites view of the same period. If a term shows in both and the
/// two totals differ by 1–4, the other sites' small count is the difference; such a term is folded into "other" in
/// the site's view (secondary suppression, as the questionnaire's <c>Disclosure</c> does). Periods are whole,
/// non-overlapping calendar quarters, so no two periods nest.
/// </remarks>
public static class DemandPublication
{
    public const int MinDays = 5;
    public const int MinKiosks = 3;
    public const int MinSearches = 5;

    /// <param name="view">The observations of the view (one period, one site or all).</param>
    /// <param name="enclosing">For a site's view: the all-sites observations of the same period; null for the all-sites view.</param>
    public static TermPublication Publish(IEnumerable<TermObservation> view, IEnumerable<TermObservation>? enclosing = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        var rows = view.ToList();
        var enclosingTotals = enclosing?.GroupBy(o => o.Term, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(o => o.Count), StringComparer.Ordinal);
        var shown = new List<PublishedTerm>();
        int other = 0;
        foreach (var term in rows.GroupBy(o => o.Term, StringComparer.Ordinal))
        {
            int total = term.Sum(o => o.Count);
            bool publishable = term.Key != DemandTerms.Other
                && total >= MinSearches
                && (term.Select(o => o.Day).Distinct().Count() >= MinDays || term.Select(o => o.KioskId).Distinct(StringComparer.Ordinal).Count() >= MinKiosks)
                && (enclosingTotals is null || enclosingTotals.GetValueOrDefault(term.Key) - total is 0 or >= MinSearches);
            if (publishable)
            {
                shown.Add(new PublishedTerm(term.Key, total));
            }
            else
            {
                other += total;
            }
        }

        return new TermPublication([.. shown.OrderByDescending(t => t.Count).ThenBy(t => t.Term, StringComparer.Ordinal)], other);
    }
}
