using System.Globalization;
using System.Text.RegularExpressions;

namespace KioskGuide.Print.Text;

/// <summary>The bidi character types the resolver below tells apart (UAX #9, table 4).</summary>
internal enum BidiType : byte
{
    L, R, AL, EN, ES, ET, AN, CS, NSM, BN, B, S, WS, ON,
}

/// <summary>
/// The Unicode bidirectional algorithm (UAX #9) for one line of print: rules W1–W7, N1–N2, I1–I2 and L1, without
/// explicit embeddings (feeds and templates have none; their control characters are read as neutral). .NET has no
/// public bidi API, so the character types come from the blocks print uses (Latin, Cyrillic, Arabic, Hebrew) and
/// general categories. One addition, as a typesetter would do by hand with an LRI: a phone number written in digit
/// groups ("+45 72 41 22 35") is one left-to-right unit, so its groups never swap places inside Arabic text.
/// </summary>
internal static partial class Bidi
{
    /// <summary>0 for a left-to-right paragraph, 1 for right-to-left: the first strong letter (P2–P3), else <paramref name="fallback"/>.</summary>
    public static int BaseLevel(string text, int fallback)
    {
        foreach (char c in text)
        {
            switch (TypeOf(c))
            {
                case BidiType.L:
                    return 0;
                case BidiType.R or BidiType.AL:
                    return 1;
            }
        }
        return fallback;
    }

    /// <summary>True when any character reads right to left.</summary>
    public static bool HasRightToLeft(string text) => text.Any(c => TypeOf(c) is BidiType.R or BidiType.AL or BidiType.AN);

    /// <summary>The embedding level of every UTF-16 unit of <paramref name="text"/>, one line, paragraph level <paramref name="baseLevel"/>.</summary>
    public static byte[] Levels(string text, int baseLevel)
    {
        int n = text.Length;
        var types = new BidiType[n];
        for (int i = 0; i < n; i++)
        {
            types[i] = TypeOf(text[i]);
        }
        foreach (Match phone in PhoneNumber().Matches(text))
        {
            Array.Fill(types, BidiType.L, phone.Index, phone.Length);
        }
        var original = (BidiType[])types.Clone();
        var sos = baseLevel % 2 == 0 ? BidiType.L : BidiType.R;

        // W1: a mark takes the type of what it marks.
        for (int i = 0; i < n; i++)
        {
            if (types[i] == BidiType.NSM)
            {
                types[i] = i == 0 ? sos : types[i - 1];
            }
        }

        // W2: European digits after Arabic letters are Arabic numbers. W3: AL is R.
        var lastStrong = sos;
        for (int i = 0; i < n; i++)
        {
            var t = types[i];
            if (t is BidiType.L or BidiType.R or BidiType.AL)
            {
                lastStrong = t;
            }
            else if (t == BidiType.EN && lastStrong == BidiType.AL)
            {
                types[i] = BidiType.AN;
            }
        }
        for (int i = 0; i < n; i++)
        {
            if (types[i] == BidiType.AL)
            {
                types[i] = BidiType.R;
            }
        }

        // W4: one separator between two numbers of the same kind joins them.
        for (int i = 1; i < n - 1; i++)
        {
            if (types[i] == BidiType.ES && types[i - 1] == BidiType.EN && types[i + 1] == BidiType.EN)
            {
                types[i] = BidiType.EN;
            }
            else if (types[i] == BidiType.CS && types[i - 1] == types[i + 1] && types[i - 1] is BidiType.EN or BidiType.AN)
            {
                types[i] = types[i - 1];
            }
        }

        // W5: terminators (%, $, °) next to European digits are digits.
        for (int i = 0; i < n; i++)
        {
            if (types[i] != BidiType.ET)
            {
                continue;
            }
            int end = i;
            while (end < n && types[end] == BidiType.ET)
            {
                end++;
            }
            bool touches = (i > 0 && types[i - 1] == BidiType.EN) || (end < n && types[end] == BidiType.EN);
            if (touches)
            {
                Array.Fill(types, BidiType.EN, i, end - i);
            }
            i = end - 1;
        }

        // W6: remaining separators and terminators are neutral.
        for (int i = 0; i < n; i++)
        {
            if (types[i] is BidiType.ES or BidiType.ET or BidiType.CS)
            {
                types[i] = BidiType.ON;
            }
        }

        // W7: European digits after a left-to-right letter are left-to-right.
        lastStrong = sos;
        for (int i = 0; i < n; i++)
        {
            if (types[i] is BidiType.L or BidiType.R)
            {
                lastStrong = types[i];
            }
            else if (types[i] == BidiType.EN && lastStrong == BidiType.L)
            {
                types[i] = BidiType.L;
            }
        }

        PairedBrackets(text, types, baseLevel, sos);

        // N1–N2: a run of neutrals between two of the same direction takes it (numbers count as R); else the paragraph's.
        var eos = sos;
        for (int i = 0; i < n; i++)
        {
            if (!IsNeutral(types[i]))
            {
                continue;
            }
            int end = i;
            while (end < n && IsNeutral(types[end]))
            {
                end++;
            }
            var before = i == 0 ? sos : Direction(types[i - 1]);
            var after = end == n ? eos : Direction(types[end]);
            Array.Fill(types, before == after ? before : sos, i, end - i);
            i = end - 1;
        }

        // I1–I2: implicit levels.
        var levels = new byte[n];
        for (int i = 0; i < n; i++)
        {
            int level = baseLevel;
            var t = types[i];
            if (level % 2 == 0)
            {
                level += t == BidiType.R ? 1 : t is BidiType.AN or BidiType.EN ? 2 : 0;
            }
            else if (t is BidiType.L or BidiType.EN or BidiType.AN)
            {
                level += 1;
            }
            levels[i] = (byte)level;
        }

        // L1: white space at the end of the line (and before tabs) is at the paragraph level.
        for (int i = n - 1; i >= 0 && original[i] is BidiType.WS or BidiType.S or BidiType.BN; i--)
        {
            levels[i] = (byte)baseLevel;
        }
        return levels;
    }

    /// <summary>L2: the visual order of runs from their levels: reverse every sequence at level k or higher, for k from the highest down to the lowest odd.</summary>
    public static int[] VisualOrder(IReadOnlyList<byte> runLevels)
    {
        var order = Enumerable.Range(0, runLevels.Count).ToArray();
        if (runLevels.Count == 0)
        {
            return order;
        }
        int highest = runLevels.Max(), lowestOdd = runLevels.Where(l => l % 2 == 1).DefaultIfEmpty((byte)(highest + 1)).Min();
        for (int level = highest; level >= lowestOdd; level--)
        {
            for (int i = 0; i < order.Length; i++)
            {
                if (runLevels[order[i]] < level)
                {
                    continue;
                }
                int end = i;
                while (end < order.Length && runLevels[order[end]] >= level)
                {
                    end++;
                }
                Array.Reverse(order, i, end - i);
                i = end;
            }
        }
        return order;
    }

    /// <summary>
    /// N0, for ( ) [ ] { }: a pair takes the direction of the paragraph when the text inside has it, else the opposite
    /// direction when the inside and the text before the pair both have that. So "(Karim Haddad)" keeps its brackets
    /// round the name in an Arabic line, instead of the closing one jumping to the far end.
    /// </summary>
    private static void PairedBrackets(string text, BidiType[] types, int baseLevel, BidiType sos)
    {
        var embedding = baseLevel % 2 == 0 ? BidiType.L : BidiType.R;
        var open = new Stack<int>();
        for (int i = 0; i < text.Length; i++)
        {
            if (types[i] != BidiType.ON)
            {
                continue;
            }
            if (text[i] is '(' or '[' or '{')
            {
                open.Push(i);
                continue;
            }
            char opener = text[i] switch { ')' => '(', ']' => '[', '}' => '{', _ => '\0' };
            if (opener == '\0' || open.Count == 0 || text[open.Peek()] != opener)
            {
                continue;
            }

            int from = open.Pop();
            bool hasEmbedding = false, hasOpposite = false;
            for (int k = from + 1; k < i; k++)
            {
                if (types[k] is BidiType.L or BidiType.R or BidiType.EN or BidiType.AN)
                {
                    hasEmbedding |= Direction(types[k]) == embedding;
                    hasOpposite |= Direction(types[k]) != embedding;
                }
            }
            if (!hasEmbedding && !hasOpposite)
            {
                continue;
            }
            var direction = embedding;
            if (!hasEmbedding)
            {
                var before = sos;
                for (int k = from - 1; k >= 0; k--)
                {
                    if (types[k] is BidiType.L or BidiType.R or BidiType.EN or BidiType.AN)
                    {
                        before = Direction(types[k]);
                        break;
                    }
                }
                direction = before != embedding ? before : embedding;
            }
            types[from] = types[i] = direction;
        }

        // A bracket whose partner is on another line (the pair was broken there) goes with the letters it encloses.
        foreach (int unmatched in open)
        {
            types[unmatched] = StrongNear(types, unmatched, +1) ?? types[unmatched];
        }
        for (int i = 0; i < text.Length; i++)
        {
            if (types[i] == BidiType.ON && text[i] is ')' or ']' or '}' && !HasOpener(text, i))
            {
                types[i] = StrongNear(types, i, -1) ?? types[i];
            }
        }
    }

    private static BidiType? StrongNear(BidiType[] types, int from, int step)
    {
        for (int k = from + step; k >= 0 && k < types.Length; k += step)
        {
            if (types[k] is BidiType.L or BidiType.R or BidiType.EN or BidiType.AN)
            {
                return Direction(types[k]);
            }
        }
        return null;
    }

    private static bool HasOpener(string text, int close)
    {
        char opener = text[close] switch { ')' => '(', ']' => '[', _ => '{' };
        int depth = 0;
        for (int k = close - 1; k >= 0; k--)
        {
            if (text[k] == text[close])
            {
                depth++;
            }
            else if (text[k] == opener && depth-- == 0)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsNeutral(BidiType t) => t is BidiType.B or BidiType.S or BidiType.WS or BidiType.ON or BidiType.BN;

    private static BidiType Direction(BidiType t) => t is BidiType.L ? BidiType.L : BidiType.R; // EN and AN act as R (N1)

    public static BidiType TypeOf(char c)
    {
        switch (c)
        {
            case >= '0' and <= '9':
                return BidiType.EN;
            case '+' or '-' or '\u2212':
                return BidiType.ES;
            case '#' or '$' or '%' or '°' or '\u00A2' or '\u00A3' or '\u00A4' or '\u00A5' or '\u20AC' or '\u2030' or '\u066A':
                return BidiType.ET;
            case ',' or '.' or '/' or ':' or '\u00A0' or '\u060C' or '\u202F':
                return BidiType.CS;
            case '\t':
                return BidiType.S;
            case '\n' or '\r' or '\u2029':
                return BidiType.B;
            case ' ' or '\u2000' or '\u2001' or '\u2002' or '\u2003' or '\u2004' or '\u2005' or '\u2006' or '\u2007' or '\u2008' or '\u2009' or '\u200A' or '\u2028':
                return BidiType.WS;
            case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                return BidiType.BN;
            case '\u200E':
                return BidiType.L;
            case '\u200F':
                return BidiType.R;
            case '\u061C':
                return BidiType.AL;
            case >= '\u0660' and <= '\u0669' or '\u066B' or '\u066C':
                return BidiType.AN;
            case >= '\u06F0' and <= '\u06F9':
                return BidiType.EN;
        }

        var category = char.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
        {
            return BidiType.NSM;
        }
        if (c is >= '\u0590' and <= '\u05FF' or >= '\u07C0' and <= '\u085F' or >= '\uFB1D' and <= '\uFB4F')
        {
            return BidiType.R; // Hebrew, NKo, Samaritan, Mandaic
        }
        if (c is >= '\u0600' and <= '\u07BF' or >= '\u0860' and <= '\u08FF' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
        {
            return category == UnicodeCategory.Format ? BidiType.AN : BidiType.AL; // Arabic, Syriac, Thaana and their presentation forms
        }
        return category switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.PrivateUse => BidiType.L,
            UnicodeCategory.DecimalDigitNumber => BidiType.L, // other scripts' digits are strong in their script
            UnicodeCategory.SpaceSeparator => BidiType.WS,
            UnicodeCategory.Format or UnicodeCategory.Control => BidiType.BN,
            _ => BidiType.ON,
        };
    }

    /// <summary>Digit groups separated by single spaces, as phone numbers are written: "+45 72 41 22 35", "72 41 22 35".</summary>
    [GeneratedRegex(@"\+?\d+(?: \d+){2,}")]
    private static partial Regex PhoneNumber();
}
