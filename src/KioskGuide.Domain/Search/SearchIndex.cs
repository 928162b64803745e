using System.Buffers;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Domain.Taxonomy;

namespace KioskGuide.Domain.Search;

/// <summary>
/// An inverted index over the folded words of a fixed list of offers: every distinct word of the
/// catalogue once (sorted), each with the offers it occurs in and the highest field weight it has there.
/// A query word is compared with each distinct word once, not once per offer.
/// </summary>
internal sealed class SearchIndex
{
    /// <summary>Name and translated names.</summary>
    public const byte NameWeight = 10;
    public const byte SummaryWeight = 4;
    /// <summary>Theme and target-group labels (Danish and English) and the organiser's name.</summary>
    public const byte LabelWeight = 3;
    /// <summary>Description, towns and place names.</summary>
    public const byte DetailWeight = 2;

    private readonly string[] _words;
    private readonly uint[] _letters; // per word: which letters it has (see LetterMask)
    private readonly int[] _postingStart;
    private readonly int[] _postingOffer;
    private readonly byte[] _postingWeight;

    private SearchIndex(int offerCount, string[] words, int[] postingStart, int[] postingOffer, byte[] postingWeight)
    {
        OfferCount = offerCount;
        _words = words;
        _letters = Array.ConvertAll(words, LetterMask);
        _postingStart = postingStart;
        _postingOffer = postingOffer;
        _postingWeight = postingWeight;
    }

    public int OfferCount { get; }

    /// <summary>Distinct words in the index.</summary>
    public int WordCount => _words.Length;

    public static SearchIndex Build(IReadOnlyList<Offer> offers)
    {
        var postings = new Dictionary<string, List<(int Offer, byte Weight)>>(StringComparer.Ordinal);
        var offerWords = new Dictionary<string, byte>(StringComparer.Ordinal);
        var scratch = new List<string>();
        int total = 0;
        for (int i = 0; i < offers.Count; i++)
        {
            offerWords.Clear();
            foreach ((string? text, byte weight) in SearchableTexts(offers[i]))
            {
                scratch.Clear();
                TextFolding.AppendWords(text, scratch);
                foreach (string word in scratch)
                {
                    if (!offerWords.TryGetValue(word, out byte known) || known < weight)
                    {
                        offerWords[word] = weight;
                    }
                }
            }

            foreach ((string word, byte weight) in offerWords)
            {
                if (!postings.TryGetValue(word, out var list))
                {
                    postings[word] = list = [];
                }

                list.Add((i, weight));
                total++;
            }
        }

        string[] words = [.. postings.Keys];
        Array.Sort(words, StringComparer.Ordinal);
        int[] start = new int[words.Length + 1];
        int[] offer = new int[total];
        byte[] weights = new byte[total];
        int at = 0;
        for (int w = 0; w < words.Length; w++)
        {
            start[w] = at;
            foreach ((int o, byte weight) in postings[words[w]])
            {
                offer[at] = o;
                weights[at] = weight;
                at++;
            }
        }

        start[words.Length] = at;
        return new SearchIndex(offers.Count, words, start, offer, weights);
    }

    /// <summary>
    /// Offers that match every word of <paramref name="queryWords"/> (folded, distinct). Writes their indexes
    /// to the start of <paramref name="matches"/> and returns how many; for each match <c>m</c>,
    /// <paramref name="scores"/>[m] is the sum over query words of the best weight × quality and
    /// <paramref name="nameHits"/>[m] whether some query word matched the name. All spans must hold
    /// <see cref="OfferCount"/> items; <paramref name="scores"/> and <paramref name="nameHits"/> must be cleared.
    /// </summary>
    public int Match(IReadOnlyList<string> queryWords, Span<int> matches, Span<double> scores, Span<bool> nameHits)
    {
        if (queryWords.Count == 0 || OfferCount == 0)
        {
            return 0;
        }

        int n = OfferCount;
        double[] bestArray = ArrayPool<double>.Shared.Rent(n);
        int[] stageArray = ArrayPool<int>.Shared.Rent(n);
        try
        {
            Span<double> best = bestArray.AsSpan(0, n); // best weight × quality for the current query word
            Span<int> stage = stageArray.AsSpan(0, n); // how many query words the offer has matched so far
            best.Clear();
            stage.Clear();
            int matchCount = 0;
            for (int q = 0; q < queryWords.Count; q++)
            {
                string query = queryWords[q];
                matchCount = 0;
                MatchWord(query, 1.0, q, best, stage, matches, ref matchCount, nameHits);
                foreach (string synonym in SearchSynonyms.For(query))
                {
                    MatchWord(synonym, SearchSynonyms.Factor, q, best, stage, matches, ref matchCount, nameHits);
                }

                for (int m = 0; m < matchCount; m++)
                {
                    int offer = matches[m];
                    scores[offer] += best[offer];
                    best[offer] = 0;
                    stage[offer]++;
                }

                if (matchCount == 0)
                {
                    break;
                }
            }

            return matchCount;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(bestArray);
            ArrayPool<int>.Shared.Return(stageArray);
        }
    }

    /// <summary>
    /// Credits every offer holding a word that <paramref name="query"/> matches, its quality times <paramref name="factor"/>
    /// (below 1 for a synonym, which then matches only as a word, a word's start or a compound's part).
    /// </summary>
    private void MatchWord(string query, double factor, int q, Span<double> best, Span<int> stage,
        Span<int> matches, ref int matchCount, Span<bool> nameHits)
    {
        if (query.Length >= WordMatch.MinInfixLength)
        {
            uint queryLetters = LetterMask(query);
            bool typos = query.Length >= WordMatch.MinTypoLength;
            for (int w = 0; w < _words.Length; w++)
            {
                // A word lacking one of the query's letters can only match with a typo, lacking two not at all.
                uint missing = queryLetters & ~_letters[w];
                if (missing != 0 && (!typos || (missing & (missing - 1)) != 0))
                {
                    continue;
                }

                double quality = WordMatch.Quality(query, _words[w]);
                // A synonym counts only as a word or a compound's part: "middag" for "spisning" must not find "formiddag".
                if (quality > 0 && (factor == 1.0 || quality >= WordMatch.CompoundPart))
                {
                    Score(w, quality * factor, quality > WordMatch.Infix || quality == WordMatch.Typo, q, best, stage, matches, ref matchCount, nameHits);
                }
            }
        }
        else
        {
            // Short words match only as whole words or prefixes: a contiguous run of the sorted words.
            for (int w = FirstAtOrAfter(query); w < _words.Length && _words[w].StartsWith(query, StringComparison.Ordinal); w++)
            {
                double quality = _words[w].Length == query.Length ? WordMatch.Exact : WordMatch.Prefix;
                Score(w, quality * factor, true, q, best, stage, matches, ref matchCount, nameHits);
            }
        }
    }

    /// <summary>Credits the offers holding word <paramref name="w"/> that matched all earlier query words.</summary>
    /// <param name="wordStart">
    /// The query matched at the start of a word or a compound's part (not merely somewhere inside it): only
    /// such a match in the name makes the offer a name hit, so "middag" inside "eftermiddag" does not.
    /// </param>
    private void Score(int w, double quality, bool wordStart, int queryIndex, Span<double> best, Span<int> stage,
        Span<int> matches, ref int matchCount, Span<bool> nameHits)
    {
        int end = _postingStart[w + 1];
        for (int p = _postingStart[w]; p < end; p++)
        {
            int offer = _postingOffer[p];
            if (stage[offer] != queryIndex)
            {
                continue;
            }

            byte weight = _postingWeight[p];
            double score = weight * quality;
            if (best[offer] == 0)
            {
                matches[matchCount++] = offer;
            }

            if (score > best[offer])
            {
                best[offer] = score;
            }

            if (weight == NameWeight && wordStart)
            {
                nameHits[offer] = true;
            }
        }
    }

    /// <summary>A bit per letter a–z, one for digits and four buckets for other characters.</summary>
    private static uint LetterMask(string word)
    {
        uint mask = 0;
        foreach (char c in word)
        {
            mask |= c switch
            {
                >= 'a' and <= 'z' => 1u << (c - 'a'),
                >= '0' and <= '9' => 1u << 26,
                _ => 1u << (27 + (c & 3)),
            };
        }

        return mask;
    }

    private int FirstAtOrAfter(string query)
    {
        int index = Array.BinarySearch(_words, query, StringComparer.Ordinal);
        return index >= 0 ? index : ~index;
    }

    /// <summary>The texts of an offer a citizen can search, each with its weight.</summary>
    private static IEnumerable<(string? Text, byte Weight)> SearchableTexts(Offer offer)
    {
        yield return (offer.Name, NameWeight);
        foreach (OfferTranslation translation in offer.Translations.Values)
        {
            yield return (translation.Name, NameWeight);
        }

        yield return (offer.Summary, SummaryWeight);
        foreach (string code in offer.Themes.Concat(offer.TargetGroups))
        {
            if (KioskTaxonomy.Find(code) is { } term)
            {
                yield return (term.Da, LabelWeight);
                yield return (term.En, LabelWeight);
            }
        }

        yield return (offer.Organizer.Name, LabelWeight);
        yield return (offer.Description, DetailWeight);
        foreach (OfferLocation location in offer.Locations)
        {
            yield return (location.Town, DetailWeight);
            yield return (location.Name, DetailWeight);
        }
    }
}
