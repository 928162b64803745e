namespace KioskGuide.Domain.Search;

/// <summary>How well one folded query word matches one folded offer word.</summary>
internal static class WordMatch
{
    public const double Exact = 1.0;
    public const double Prefix = 0.8;
    public const double Infix = 0.5;
    public const double Typo = 0.4;

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
                return Infix;
            }
        }

        // The first letter must be right: people rarely mistype it, and allowing it makes "gåtur" find "natur".
        return query.Length >= MinTypoLength && word.Length >= query.Length - 1 && word[0] == query[0]
            && IsOneEditFromPrefix(query, word)
            ? Typo
            : 0;
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
