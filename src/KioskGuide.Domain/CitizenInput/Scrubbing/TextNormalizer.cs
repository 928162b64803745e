using System.Globalization;
using System.Text;

namespace KioskGuide.Domain.CitizenInput.Scrubbing;

/// <summary>
/// The first layer of the scrubber: turns any string into one the detectors can trust and a planner's page can show.
/// </summary>
/// <remarks>
/// <para>In order: lone surrogates, non-characters, private-use and control characters are dropped (tab and the
/// Unicode line separators become a space or a line break); every format character is dropped — zero-width
/// space/joiner/non-joiner, word joiner, soft hyphen, BOM, Arabic letter mark and all bidi embeddings, overrides
/// and isolates — so "12&#x200B;34 56 78" cannot hide a phone number and "&#x202E;" cannot reorder a planner's page;
/// then NFKC, so full-width "１２３４" and "＠" become "1234" and "@"; then combining marks that sit on anything but a
/// letter of a script that needs them (Arabic, Hebrew, Indic…) are dropped, so "2̶0̶" reads as "20"; decimal digits
/// outside the BMP become ASCII; runs of spaces become one space and at most two line breaks are kept.</para>
/// <para>The result is what is stored: markers replace personal data in this text, not in the raw input.</para>
/// </remarks>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        string stripped = StripInvisible(text);
        string composed;
        try
        {
            composed = stripped.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Not reachable after StripInvisible (it removes what Normalize refuses), but never let it through.
            composed = stripped;
        }

        return Tidy(composed);
    }

    /// <summary>
    /// A copy of already normalised text in which every decimal digit is ASCII (Arabic-Indic "٢١٠" → "210") and every
    /// dash is "-", character for character, so detectors match one alphabet and a match's offsets are the text's.
    /// </summary>
    public static string DetectionView(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        return string.Create(normalized.Length, normalized, static (span, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                char c = source[i];
                span[i] = c switch
                {
                    >= '0' and <= '9' => c,
                    _ when char.IsDigit(c) => (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c)),
                    '\u2212' => '-',
                    '\u2019' or '\u02BC' or '\u2018' or '`' or '\u00B4' => '\'',
                    '\u3002' or '\uFF61' => '.',
                    _ when CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation => '-',
                    _ => c,
                };
            }
        });
    }

    private static string StripInvisible(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            int codePoint;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                continue; // a lone surrogate: not text, and string.Normalize would throw on it
            }
            else
            {
                codePoint = c;
            }

            if (IsNonCharacter(codePoint))
            {
                continue;
            }

            switch (c)
            {
                case '\n':
                    builder.Append('\n');
                    continue;
                case '\t':
                    builder.Append(' ');
                    continue;
                case '\u2028' or '\u2029' or '\u0085' or '\u000B' or '\u000C':
                    builder.Append('\n');
                    continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse
                or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            if (codePoint > 0xFFFF)
            {
                builder.Append(char.ConvertFromUtf32(codePoint));
            }
            else
            {
                builder.Append((char)codePoint);
            }
        }

        return builder.ToString();
    }

    private static bool IsNonCharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    private static string Tidy(string text)
    {
        var builder = new StringBuilder(text.Length);
        int breaks = 0;
        bool space = false;
        bool baseTakesMarks = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            int codePoint = c;
            int width = 1;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, text[i + 1]);
                width = 2;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark)
            {
                if (baseTakesMarks)
                {
                    builder.Append(text, i, width);
                }

                i += width - 1;
                continue;
            }

            if (c == '\n')
            {
                space = false;
                if (++breaks <= 2)
                {
                    TrimTrailingSpace(builder);
                    builder.Append('\n');
                }

                baseTakesMarks = false;
                continue;
            }

            if (category == UnicodeCategory.SpaceSeparator)
            {
                space = true;
                baseTakesMarks = false;
                continue;
            }

            if (space && builder.Length > 0 && breaks == 0)
            {
                builder.Append(' ');
            }

            space = false;
            breaks = 0;
            if (width == 2 && category == UnicodeCategory.DecimalDigitNumber)
            {
                builder.Append((char)('0' + (int)CharUnicodeInfo.GetNumericValue(text, i)));
            }
            else
            {
                builder.Append(text, i, width);
            }

            baseTakesMarks = TakesMarks(codePoint, category);
            i += width - 1;
        }

        TrimTrailingSpace(builder);
        return builder.ToString();
    }

    private static void TrimTrailingSpace(StringBuilder builder)
    {
        while (builder.Length > 0 && builder[^1] == ' ')
        {
            builder.Length--;
        }
    }

    // Scripts whose writing uses combining marks that NFKC does not fold into the letter (Arabic harakat, Hebrew
    // points, Indic vowel signs…). Latin, Greek and Cyrillic letters have precomposed forms for every real use, so
    // a mark left on one after NFKC is decoration — or an attempt to hide a name from the lexicon.
    private static bool TakesMarks(int codePoint, UnicodeCategory category) =>
        codePoint >= 0x0590 && category is UnicodeCategory.OtherLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.UppercaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.NonSpacingMark;
}
