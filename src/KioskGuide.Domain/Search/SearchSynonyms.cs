namespace KioskGuide.Domain.Search;

/// <summary>
/// Words citizens use for the same thing, so "spisning" also finds "Fællesspisning" and "Madklubben".
/// A small curated list, kept as data here and documented in docs/search.md: each group is a set of words
/// (Danish or English, written as a citizen would type them) that stand in for each other. A query word that
/// is exactly one of a group's words also matches the others, a little below its own matches
/// (<see cref="Factor"/>), so an offer with the typed word itself comes first.
/// </summary>
/// <remarks>
/// Add a group when the search log or staff show that citizens look for something by a word the offers do not
/// use. Keep groups narrow: a synonym that is only sometimes right ("mad" for "madlavning") makes results worse.
/// </remarks>
public static class SearchSynonyms
{
    /// <summary>How much a synonym's match counts, compared with the typed word's own.</summary>
    public const double Factor = 0.9;

    public static readonly IReadOnlyList<IReadOnlyList<string>> Groups =
    [
        ["spisning", "fællesspisning", "middag", "madklub", "spisefællesskab", "spiseklub", "spisevenner", "dinner", "meal"],
        ["gåtur", "gåture", "gågruppe", "vandring", "vandretur", "travetur", "walk", "walking"],
        ["motion", "træning", "gymnastik", "bevægelse", "exercise"],
        ["snak", "samtale", "snakke", "talk", "chat"],
        ["café", "kaffe", "coffee"],
        ["ensom", "ensomhed", "alene", "lonely", "loneliness"],
        ["computer", "digital", "mobil", "tablet", "ipad"],
        ["sang", "synge", "kor", "singing", "choir"],
        ["strik", "strikke", "strikning", "håndarbejde", "knitting"],
        ["sorg", "sorggruppe", "mistet", "grief"],
        ["dans", "danse", "dance", "dancing"],
    ];

    private static readonly Dictionary<string, string[]> ByWord = Build();

    /// <summary>The other words of <paramref name="foldedWord"/>'s groups, folded; empty when it has none.</summary>
    public static IReadOnlyList<string> For(string foldedWord) =>
        ByWord.TryGetValue(foldedWord, out string[]? others) ? others : [];

    private static Dictionary<string, string[]> Build()
    {
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (IReadOnlyList<string> group in Groups)
        {
            string[] folded = [.. group.Select(TextFolding.Fold).Where(w => w.Length > 0 && !w.Contains(' ', StringComparison.Ordinal)).Distinct(StringComparer.Ordinal)];
            foreach (string word in folded)
            {
                if (!result.TryGetValue(word, out HashSet<string>? others))
                {
                    result[word] = others = new HashSet<string>(StringComparer.Ordinal);
                }

                others.UnionWith(folded.Where(w => w != word));
            }
        }

        return result.ToDictionary(p => p.Key, p => p.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }
}
