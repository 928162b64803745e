using System.Text;
using System.Text.RegularExpressions;
using KioskGuide.Domain.CitizenInput.Scrubbing;

namespace KioskGuide.Domain.CitizenInput;

/// <summary>Scrubbed free text and which kinds of personal data were taken out of it.</summary>
/// <param name="Text">
/// The normalised text (<see cref="TextNormalizer"/>) with every piece of personal data replaced by
/// <see cref="FreeTextScrubber.Marker"/>; all else as written.
/// </param>
/// <param name="RemovedKinds">The kinds removed, each once, in the order of <see cref="PiiKinds.Order"/>; empty when nothing was removed.</param>
public sealed record ScrubResult(string Text, IReadOnlyList<string> RemovedKinds);

/// <summary>What the detectors found, on the normalised text: for the corpus report and tests.</summary>
/// <param name="Normalized">The input after <see cref="TextNormalizer.Normalize"/>; the spans index into it.</param>
/// <param name="Spans">Merged, in order, not overlapping.</param>
public sealed record ScrubAnalysis(string Normalized, IReadOnlyList<PiiSpan> Spans);

/// <summary>
/// Takes personal data out of the free text a citizen types at the kiosk, before it is stored (the kiosk scrubs,
/// and the central server scrubs again). The only barrier between a citizen and a permanent record, so it is
/// layered:
/// </summary>
/// <remarks>
/// <list type="number">
/// <item><see cref="TextNormalizer"/>: NFKC, zero-width and bidi controls stripped; detectors read a view with
/// ASCII digits and dashes, so full-width and Arabic-Indic digits are numbers like any other.</item>
/// <item>E-mail addresses, plain and obfuscated ("(at)", "[at]", "at … dot …", "snabel-a", "jens gmail com").</item>
/// <item>CPR numbers (real date in the 7th digit's century, any separators, no modulus-11), phone numbers (+45 in
/// any form, other country codes, Danish 8-digit groupings), payment cards, bank accounts.</item>
/// <item>Street addresses: street-name + number, "nr." before the number, floor and side, postcode and town,
/// and any word before a house number after "jeg bor på"/"I live at"/"я живу на"/"أسكن في".</item>
/// <item>Person names from the embedded lexicon and context cues, in Danish, English, Ukrainian and Arabic.</item>
/// </list>
/// <para>All detectors look at the whole text; what they find is merged, and each merged piece becomes one
/// marker. Precision matters as much: dates, times, prices, ages, counts, years, bus and room numbers, postcode and
/// town alone, street names without a house number and place and event names ("Loppemarked i Hallen 12 maj",
/// "Nikolaj Kirke", "Sankt Hans") are kept.</para>
/// <para>It never throws on a non-null string: if a pattern runs out of time the whole text becomes the marker
/// (kind <see cref="PiiKinds.Unchecked"/>) rather than being stored half-checked.</para>
/// </remarks>
public static class FreeTextScrubber
{
    /// <summary>What each removed piece of personal data is replaced by.</summary>
    public const string Marker = "[fjernet]";

    public const string CprKind = PiiKinds.Cpr;
    public const string PhoneKind = PiiKinds.Phone;
    public const string EmailKind = PiiKinds.Email;
    public const string AddressKind = PiiKinds.Address;
    public const string NameKind = PiiKinds.Name;
    public const string AccountKind = PiiKinds.Account;

    // The first match of a compiled-on-demand pattern pays for building it; do that here, not on a citizen's text.
    static FreeTextScrubber()
    {
        _ = Scrub("Jeg hedder Karen Jensen, Nørregade 5, 3. th, 4790 Åbæk; 12 34 56 78; navn@åbæk.dk; 120345-1234");
    }

    /// <summary><paramref name="text"/> normalised, with personal data replaced by <see cref="Marker"/>.</summary>
    /// <remarks>
    /// A marker can give a neighbour a new edge ("vej 1Karen" → "vej 1[fjernet]" now has a house number), so the
    /// result is scrubbed again until nothing more is found (at most <see cref="MaxPasses"/> passes; in practice the
    /// second finds nothing). Scrubbing scrubbed text therefore never changes it.
    /// </remarks>
    public static ScrubResult Scrub(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        string current = text;
        try
        {
            for (int pass = 0; pass < MaxPasses; pass++)
            {
                var analysis = Analyse(current);
                if (analysis.Spans.Count == 0)
                {
                    return new ScrubResult(analysis.Normalized, [.. PiiKinds.Order.Where(kinds.Contains)]);
                }

                current = Replace(analysis);
                kinds.UnionWith(analysis.Spans.Select(s => s.Kind));
            }
        }
        catch (Exception ex) when (ex is RegexMatchTimeoutException or ArgumentException or InvalidOperationException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            // Fail closed: a text that could not be checked is not stored. The property test asserts this never
            // happens on any string, so a detector bug shows there rather than as a lost answer.
            return new ScrubResult(Marker, [PiiKinds.Unchecked]);
        }

        // Still finding something after MaxPasses: do not trust any of it.
        return new ScrubResult(Marker, [PiiKinds.Unchecked]);
    }

    private const int MaxPasses = 4;

    private static string Replace(ScrubAnalysis analysis)
    {
        var builder = new StringBuilder(analysis.Normalized.Length);
        int at = 0;
        foreach (var span in analysis.Spans)
        {
            builder.Append(analysis.Normalized, at, span.Start - at).Append(Marker);
            at = span.End;
        }

        return builder.Append(analysis.Normalized, at, analysis.Normalized.Length - at).ToString();
    }

    /// <summary>The normalised text and the merged spans of personal data in it.</summary>
    /// <exception cref="RegexMatchTimeoutException">When a pattern takes too long (only <see cref="Scrub"/> hides it).</exception>
    public static ScrubAnalysis Analyse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return new ScrubAnalysis(normalized, []);
        }

        string view = TextNormalizer.DetectionView(normalized);
        var spans = new List<PiiSpan>();
        EmailDetector.Find(view, spans);
        NumberDetector.Find(view, spans);
        AccountDetector.Find(view, spans);
        AddressDetector.Find(view, spans);
        NameDetector.Find(view, spans);
        return new ScrubAnalysis(normalized, Merge(spans, view));
    }

    /// <summary>Overlapping spans become one; the kind of the longest part is kept. A marker never eats a trailing space.</summary>
    private static List<PiiSpan> Merge(List<PiiSpan> spans, string view)
    {
        var merged = new List<PiiSpan>();
        foreach (var span in spans.Where(s => s.Length > 0).OrderBy(s => s.Start).ThenByDescending(s => s.Length))
        {
            var trimmed = Trim(span, view);
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (merged.Count > 0 && trimmed.Start < merged[^1].End)
            {
                var last = merged[^1];
                int end = Math.Max(last.End, trimmed.End);
                merged[^1] = new PiiSpan(last.Start, end - last.Start, last.Length >= trimmed.Length ? last.Kind : trimmed.Kind);
            }
            else
            {
                merged.Add(trimmed);
            }
        }

        return merged;
    }

    private static PiiSpan Trim(PiiSpan span, string view)
    {
        int start = span.Start, end = span.End;
        while (start < end && char.IsWhiteSpace(view[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(view[end - 1]))
        {
            end--;
        }

        // Marks on the last removed letter go with it ("احمدٌ"): left behind they would sit on the marker's "]".
        while (end > start && end < view.Length && char.GetUnicodeCategory(view[end]) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.EnclosingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
        {
            end++;
        }

        return new PiiSpan(start, end - start, span.Kind);
    }
}
