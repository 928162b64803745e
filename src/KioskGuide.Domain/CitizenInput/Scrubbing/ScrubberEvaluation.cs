using System.Globalization;
using System.Text;

namespace KioskGuide.Domain.CitizenInput.Scrubbing;

/// <summary>One sentence of a scrubber corpus: its text, whether it holds personal data, and where.</summary>
/// <param name="Line">Line number in the corpus file, for messages.</param>
/// <param name="Language">"da", "en", "uk", "ar" or another tag.</param>
/// <param name="Text">The raw sentence, escapes decoded.</param>
/// <param name="Spans">The personal data in <paramref name="Text"/>: (start, length, kind) in raw offsets.</param>
public sealed record CorpusSentence(int Line, string Language, string Text, IReadOnlyList<PiiSpan> Spans)
{
    public bool HasPersonalData => Spans.Count > 0;

    /// <summary>The text with every annotated span replaced by the marker, normalised: what the scrubber must give.</summary>
    public string Expected
    {
        get
        {
            var builder = new StringBuilder();
            int at = 0;
            foreach (var span in Spans)
            {
                builder.Append(Text, at, span.Start - at).Append(FreeTextScrubber.Marker);
                at = span.End;
            }

            return TextNormalizer.Normalize(builder.Append(Text, at, Text.Length - at).ToString());
        }
    }
}

/// <summary>How one sentence came out of the scrubber.</summary>
public sealed record SentenceOutcome(CorpusSentence Sentence, string Output, bool Exact, bool Cleaned, IReadOnlyList<string> Leaked, IReadOnlyList<string> Damaged, IReadOnlyList<bool> SpanRemoved);

/// <summary>Figures over a corpus: recall and precision by sentence, by span and by word.</summary>
public sealed record CorpusFigures(
    IReadOnlyList<SentenceOutcome> Outcomes,
    int PiiSentences,
    int PiiCleaned,
    int PiiExact,
    int CleanSentences,
    int CleanUnchanged,
    int Spans,
    int SpansRemoved,
    int WordTruePositives,
    int WordFalsePositives,
    int WordFalseNegatives,
    IReadOnlyDictionary<string, (int Spans, int Removed)> ByKind,
    IReadOnlyDictionary<string, (int Sentences, int Right)> ByLanguage)
{
    /// <summary>PII sentences with every span removed, of all PII sentences.</summary>
    public double SentenceRecall => Ratio(PiiCleaned, PiiSentences);

    /// <summary>Clean sentences left exactly as written, of all clean sentences.</summary>
    public double CleanKept => Ratio(CleanUnchanged, CleanSentences);

    public double SpanRecall => Ratio(SpansRemoved, Spans);

    /// <summary>Removed words that were personal data, of all removed words (over PII and clean sentences).</summary>
    public double WordPrecision => Ratio(WordTruePositives, WordTruePositives + WordFalsePositives);

    public double WordRecall => Ratio(WordTruePositives, WordTruePositives + WordFalseNegatives);

    private static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;
}

/// <summary>
/// Reads a scrubber corpus and measures <see cref="FreeTextScrubber"/> against it. Used by the corpus test (which
/// asserts every sentence) and by the report command (which prints the figures). No I/O: it takes the file's lines.
/// </summary>
/// <remarks>
/// Corpus lines: <c>pii&lt;TAB&gt;lang&lt;TAB&gt;text</c> with each piece of personal data written
/// <c>⟦kind|…⟧</c>, or <c>clean&lt;TAB&gt;lang&lt;TAB&gt;text</c>; "#" starts a comment; <c>\uXXXX</c> writes an
/// invisible or unusual character (zero-width, bidi, full-width). Word figures count words (runs of letters or
/// digits) removed from the normalised text: a removed word inside an annotated span is a true positive, outside
/// one a false positive, a span word left behind a false negative.
/// </remarks>
public static class ScrubberEvaluation
{
    private const char Open = '⟦';
    private const char Close = '⟧';

    public static IReadOnlyList<CorpusSentence> Parse(IEnumerable<string> lines)
    {
        var sentences = new List<CorpusSentence>();
        int number = 0;
        foreach (string raw in lines)
        {
            number++;
            if (raw.Length == 0 || raw[0] == '#' || string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            var fields = raw.Split('\t', 3);
            if (fields.Length != 3 || fields[0] is not ("pii" or "clean"))
            {
                throw new FormatException($"line {number}: expected 'pii|clean<TAB>lang<TAB>text'");
            }

            var (text, spans) = Annotations(Unescape(fields[2]), number);
            if ((fields[0] == "pii") != (spans.Count > 0))
            {
                throw new FormatException($"line {number}: a '{fields[0]}' sentence {(spans.Count > 0 ? "has" : "needs")} ⟦kind|…⟧ spans");
            }

            sentences.Add(new CorpusSentence(number, fields[1], text, spans));
        }

        return sentences;
    }

    public static CorpusFigures Measure(IReadOnlyList<CorpusSentence> corpus)
    {
        var outcomes = new List<SentenceOutcome>();
        int tp = 0, fp = 0, fn = 0, spans = 0, spansRemoved = 0;
        var byKind = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var byLanguage = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        foreach (var sentence in corpus)
        {
            string output = FreeTextScrubber.Scrub(sentence.Text).Text;
            string expected = sentence.HasPersonalData ? sentence.Expected : TextNormalizer.Normalize(sentence.Text);
            var outputWords = Words(output.Replace(FreeTextScrubber.Marker, " ", StringComparison.Ordinal));
            var expectedWords = Words(expected.Replace(FreeTextScrubber.Marker, " ", StringComparison.Ordinal));
            var inputWords = Words(TextNormalizer.Normalize(sentence.Text));

            // Words of the spans, as the normaliser leaves them.
            var piiWords = new Dictionary<string, int>(StringComparer.Ordinal);
            var spanRemoved = new List<bool>();
            var leaked = new List<string>();
            foreach (var span in sentence.Spans)
            {
                var words = Words(TextNormalizer.Normalize(sentence.Text.Substring(span.Start, span.Length)));
                bool removed = true;
                foreach (var (word, count) in words)
                {
                    piiWords[word] = piiWords.GetValueOrDefault(word) + count;
                    if (outputWords.GetValueOrDefault(word) > expectedWords.GetValueOrDefault(word))
                    {
                        removed = false;
                        leaked.Add(word);
                    }
                }

                spanRemoved.Add(removed);
                spans++;
                spansRemoved += removed ? 1 : 0;
                var (n, r) = byKind.GetValueOrDefault(span.Kind);
                byKind[span.Kind] = (n + 1, r + (removed ? 1 : 0));
            }

            var damaged = new List<string>();
            foreach (var (word, count) in inputWords)
            {
                int removedCount = Math.Max(0, count - outputWords.GetValueOrDefault(word));
                int inSpans = piiWords.GetValueOrDefault(word);
                int hit = Math.Min(removedCount, inSpans);
                tp += hit;
                fp += removedCount - hit;
                fn += inSpans - hit;
                if (removedCount > inSpans)
                {
                    damaged.Add(word);
                }
            }

            bool exact = output == expected;
            bool cleaned = leaked.Count == 0;
            outcomes.Add(new SentenceOutcome(sentence, output, exact, cleaned, leaked.Distinct().ToList(), damaged, spanRemoved));
            var (sentences, right) = byLanguage.GetValueOrDefault(sentence.Language);
            byLanguage[sentence.Language] = (sentences + 1, right + (exact ? 1 : 0));
        }

        var pii = outcomes.Where(o => o.Sentence.HasPersonalData).ToList();
        var clean = outcomes.Where(o => !o.Sentence.HasPersonalData).ToList();
        return new CorpusFigures(
            outcomes,
            pii.Count,
            pii.Count(o => o.Cleaned),
            pii.Count(o => o.Exact),
            clean.Count,
            clean.Count(o => o.Exact),
            spans,
            spansRemoved,
            tp,
            fp,
            fn,
            byKind,
            byLanguage);
    }

    /// <summary>A plain-text report of the figures and of every sentence that is not exactly right.</summary>
    public static string Report(string title, CorpusFigures f)
    {
        var culture = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.AppendLine(culture, $"== {title}");
        b.AppendLine(culture, $"PII sentences cleaned (sentence recall): {f.PiiCleaned}/{f.PiiSentences} = {f.SentenceRecall:P1}; exactly as annotated: {f.PiiExact}/{f.PiiSentences}");
        b.AppendLine(culture, $"Clean sentences unchanged:               {f.CleanUnchanged}/{f.CleanSentences} = {f.CleanKept:P1}; false positives: {f.CleanSentences - f.CleanUnchanged}");
        b.AppendLine(culture, $"Spans removed (span recall):             {f.SpansRemoved}/{f.Spans} = {f.SpanRecall:P1}");
        b.AppendLine(culture, $"Words: precision {f.WordPrecision:P1} (TP {f.WordTruePositives}, FP {f.WordFalsePositives}), recall {f.WordRecall:P1} (FN {f.WordFalseNegatives})");
        b.AppendLine("By kind (spans removed/spans):");
        foreach (var (kind, (n, r)) in f.ByKind.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            b.AppendLine(culture, $"  {kind,-8} {r,4}/{n,-4}");
        }

        b.AppendLine("By language (sentences exactly right/sentences):");
        foreach (var (language, (n, r)) in f.ByLanguage.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            b.AppendLine(culture, $"  {language,-8} {r,4}/{n,-4}");
        }

        foreach (var o in f.Outcomes.Where(o => !o.Exact))
        {
            b.AppendLine(culture, $"  line {o.Sentence.Line} [{(o.Sentence.HasPersonalData ? "pii" : "clean")}]{(o.Leaked.Count > 0 ? " LEAKED " + string.Join(",", o.Leaked) : "")}{(o.Damaged.Count > 0 ? " DAMAGED " + string.Join(",", o.Damaged) : "")}");
            b.AppendLine(culture, $"    in:  {o.Sentence.Text}");
            b.AppendLine(culture, $"    out: {o.Output}");
            if (o.Sentence.HasPersonalData)
            {
                b.AppendLine(culture, $"    exp: {o.Sentence.Expected}");
            }
        }

        return b.ToString();
    }

    private static Dictionary<string, int> Words(string text)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        string view = TextNormalizer.DetectionView(text);
        int i = 0;
        while (i < view.Length)
        {
            if (!char.IsLetterOrDigit(view[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < view.Length && char.IsLetterOrDigit(view[i]))
            {
                i++;
            }

            string word = view[start..i].ToLowerInvariant();
            words[word] = words.GetValueOrDefault(word) + 1;
        }

        return words;
    }

    private static (string Text, List<PiiSpan> Spans) Annotations(string annotated, int line)
    {
        var text = new StringBuilder();
        var spans = new List<PiiSpan>();
        int i = 0;
        while (i < annotated.Length)
        {
            if (annotated[i] != Open)
            {
                text.Append(annotated[i++]);
                continue;
            }

            int bar = annotated.IndexOf('|', i);
            int close = annotated.IndexOf(Close, i);
            if (bar < 0 || close < bar)
            {
                throw new FormatException($"line {line}: ⟦ without kind| and ⟧");
            }

            string kind = annotated[(i + 1)..bar];
            string inner = annotated[(bar + 1)..close];
            spans.Add(new PiiSpan(text.Length, inner.Length, kind));
            text.Append(inner);
            i = close + 1;
        }

        return (text.ToString(), spans);
    }

    private static string Unescape(string text)
    {
        if (!text.Contains("\\u", StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 5 < text.Length && text[i + 1] == 'u'
                && int.TryParse(text.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code))
            {
                builder.Append((char)code);
                i += 5;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }
}
