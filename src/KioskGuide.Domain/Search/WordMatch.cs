namespace KioskGuide.Domain.Search;

/// <summary>How well one folded query word matches one folded offer word.</summary>
internal static class WordMatch
{
    public const double Exact = 1.0;
    public const double Prefix = 0.8;
    /// <summary>The last part of a compound, maybe inflected: "middag" in "søndagsmiddag(en)".</summary>
    public const double CompoundPart = 0.7;
    public const double Infix = 0.5;
    public const double Typo = 0.4;
    /// <summary>Inside a lexicalised word that does not mean the query: "middag" in "eftermiddag".</summary>
    public const double InsideOtherWord = 0.3;

    /// <summary>
    /// Danish inflection endings a compound's last part may carry: "søndagsmiddag" + e, en, ene, er, erne, et, s, …
    /// Folded forms (æ → ae, ø → o).
    /// </summary>
    private static readonly string[] Endings = ["", "e", "en", "ene", "er", "erne", "et", "ets", "es", "s", "ne", "ens", "ernes"];

    /// <summary>
    /// Lexicalised words, folded, that look like compounds but do not mean their last part: "eftermiddag"
    /// (afternoon) and "formiddag" (morning) are no "middag" (dinner). A query matching inside one of these
    /// counts as <see cref="InsideOtherWord"/>, so "middag" finds "søndagsmiddag" before "eftermiddag" and
    /// "caféeftermiddag". Data, extended as citizens' searches show the need.
    /// </summary>
    private static readonly string[] NotCompounds = ["eftermiddag", "formiddag", "middagslur"];

    /// <summary>Query words at least this long also match inside a word (Danish compounds).</summary>
    public const int MinInfixLength = 3;

    /// <summary>Query words at least this long also match with one typo.</summary>
    public const int MinTypoLength = 5;

    /// <summary>
    /// The match quality of <paramref name="query"/> against <paramref name="word"/>, both folded:
    /// <see cref="Exact"/>, <see cref="Prefix"/>, <see cref="Infix"/>, <see cref="Typo"/>, or 0 for none.
    /// </summary>
    public static double Quality(string query, string word)
    {
        if (word.Length >= query.Length)
        {
            int at = query.Length >= MinInfixLength
                ? word.AsSpan().IndexOf(query.AsSpan())
                : word.StartsWith(query, StringComparison.Ordinal) ? 0 : -1;
            if (at == 0)
            {
                return word.Length == query.Length ? Exact : Prefix;
            }

            if (at > 0)
            {
                return InsideLexicalised(query, word, at) ? InsideOtherWord
                    : IsCompoundPart(query, word, at) ? CompoundPart : Infix;
            }
        }

        // The first letter must be right: people rarely mistype it, and allowing it makes "gåtur" find "natur".
        return query.Length >= MinTypoLength && word.Length >= query.Length - 1 && word[0] == query[0]
            && IsOneEditFromPrefix(query, word)
            ? Typo
            : 0;
    }

    /// <summary>
    /// True when the match of <paramref name="query"/> at <paramref name="at"/> is the word's last part with at most
    /// an inflection ending after it. A part must be at least
    /// <see cref="MinInfixLength"/> letters and leave a first part of two letters or more.
    /// </summary>
    private static bool IsCompoundPart(string query, string word, int at)
    {
        if (at < 2)
        {
            return false;
        }

        ReadOnlySpan<char> rest = word.AsSpan(at + query.Length);
        bool ending = false;
        foreach (string e in Endings)
        {
            if (rest.SequenceEqual(e))
            {
                ending = true;
                break;
            }
        }

        if (!ending)
        {
            // The match may be a later occurrence: "middagsmiddag" is rare, but check the last one too.
            int last = word.AsSpan().LastIndexOf(query.AsSpan());
            return last > at && IsCompoundPart(query, word, last);
        }

        return true;
    }

    /// <summary>True when the match at <paramref name="at"/> lies inside one of <see cref="NotCompounds"/>, not at its start.</summary>
    private static bool InsideLexicalised(string query, string word, int at)
    {
        foreach (string lexical in NotCompounds)
        {
            int start = word.IndexOf(lexical, StringComparison.Ordinal);
            while (start >= 0)
            {
                if (start < at && at + query.Length <= start + lexical.Length)
                {
                    return true;
                }

                start = word.IndexOf(lexical, start + 1, StringComparison.Ordinal);
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="query"/> is within Damerau–Levenshtein distance 1 (one substitution,
    /// insertion, deletion or swap of neighbours) of <paramref name="word"/> or of one of its prefixes,
    /// so a typo is forgiven both in a whole word and while the citizen is still typing it.
    /// Linear time, no allocation: the one edit can always be placed at the first mismatch.
    /// </summary>
    public static bool IsOneEditFromPrefix(ReadOnlySpan<char> query, ReadOnlySpan<char> word)
    {
        int common = query.CommonPrefixLength(word);
        if (common == query.Length)
        {
            return true; // a prefix of the word (distance 0)
        }

        if (common == word.Length)
        {
            return query.Length == word.Length + 1; // one extra letter typed at the end
        }

        int i = common;
        ReadOnlySpan<char> wordAfter = word[(i + 1)..];
        ReadOnlySpan<char> queryAfter = query[(i + 1)..];
        return wordAfter.StartsWith(queryAfter) // substitution
            || word[i..].StartsWith(queryAfter) // an extra letter in the query
            || wordAfter.StartsWith(query[i..]) // a letter missing from the query
            || (i + 1 < query.Length && i + 1 < word.Length // two neighbours swapped
                && query[i] == word[i + 1] && query[i + 1] == word[i]
                && word[(i + 2)..].StartsWith(query[(i + 2)..]));
    }
}
