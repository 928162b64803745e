using System.Globalization;
using System.Text.RegularExpressions;

namespace KioskGuide.Domain.CitizenInput.Scrubbing;

/// <summary>
/// CPR numbers, phone numbers and payment cards: the layer that reads digits. It works on whole "number runs"
/// (digit groups joined by single spaces, dots, dashes or slashes) and classifies each run — or a part of it that
/// starts and ends at a space — as a whole, so a date, a time range, an ISBN or a price is never cut into a phone.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>CPR: ten digits grouped 10, 6+4, 2+2+2+4, 2+2+2+2+2 or one by one, whose DDMMYY is a real date in the
/// century the 7th digit gives. No modulus-11 check (numbers issued since 2007 need not pass it). After a cue
/// ("cpr", "personnummer") any grouping of ten digits counts, date or not.</item>
/// <item>Phone with a country code (+45, 0045, (+45), (45), +45-…, any other code +1…+998 with 6–12 digits):
/// always. A Danish number without one: 8 digits as 8, 4+4, 2+2+4, 2+2+2+2 (one separator throughout) or one by
/// one; not when it reads as a date (DD.MM.YYYY), two years (2019-2024) or two clock times (1000-1600). After a
/// phone cue ("ring", "tlf", "mobil", "call", "телефон", "هاتف") also mixed separators and 8–13 digits.</item>
/// <item>Payment card: 13–19 digits as 4-groups or one run that pass the Luhn check.</item>
/// </list>
/// </remarks>
internal static class NumberDetector
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(500);

    // A country code before a run: "+45", "+ 45", "0045", "(+45)", "(0045)", "(45)", with an optional "(0)" trunk
    // prefix after it. The code's digits are captured so the national part can be counted.
    private static readonly Regex CountryCode = new(
        """
        (?<![\p{L}\p{N}+])
        (?:
            \(\x20?(?:\+|00)?\x20?(?<cc>[1-9]\d{0,2})\x20?\)
          | (?:\+\x20?|00)(?<cc>[1-9]\d{0,2})(?=[\x20\-.(]|$)
          | \+(?<glued>[1-9]\d{6,14})(?!\d)
        )
        (?:\x20?\(0\))?
        (?<sep>\x20?-?\x20?)
        """,
        RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture,
        Timeout);

    private static readonly string[] PhoneCues =
    [
        "ring", "ringe", "ringer", "ringes", "opkald", "tlf", "telefon", "telefonnr", "telefonnummer", "mobil", "mobilnr",
        "mobilnummer", "nummer", "nr", "sms", "fastnet", "call", "phone", "mobile", "tel", "telephone",
        "number", "whatsapp", "viber", "signal", "text", "телефон", "тел", "номер", "мобільний", "дзвоніть",
        "зателефонуйте", "هاتف", "رقم", "جوال", "موبايل", "الهاتف", "واتساب", "اتصل", "اتصلوا",
    ];

    private static readonly string[] CprCues =
    [
        "cpr", "cprnr", "cpr-nr", "cpr-nummer", "cprnummer", "personnummer", "personnr", "personal", "id-nummer", "ssn",
        "ідентифікаційний", "іпн",
    ];

    public static void Find(string view, List<PiiSpan> spans)
    {
        var prefixes = new Dictionary<int, Prefix>();
        var codeDigits = new Dictionary<int, int>();
        foreach (Match m in CountryCode.Matches(view))
        {
            int national = m.Index + m.Length;
            if (m.Groups["glued"].Success)
            {
                // "+4522334455": a plus and 7–15 digits in one piece is an international number, whatever the code.
                spans.Add(new PiiSpan(m.Index, m.Groups["glued"].Index + m.Groups["glued"].Length - m.Index, PiiKinds.Phone));
                continue;
            }

            if (national < view.Length && char.IsAsciiDigit(view[national]))
            {
                prefixes[national] = new Prefix(m.Index, m.Groups["cc"].Value);
                // The code's own digits ("+45", "0045") would otherwise start a run of their own: skip to the national part.
                int code = m.Index;
                while (code < national && !char.IsAsciiDigit(view[code]))
                {
                    code++;
                }

                codeDigits[code] = national;
            }
        }

        int i = 0;
        while (i < view.Length)
        {
            if (!char.IsAsciiDigit(view[i]) || (i > 0 && char.IsAsciiDigit(view[i - 1])))
            {
                i++;
                continue;
            }

            if (codeDigits.TryGetValue(i, out int nationalStart))
            {
                i = nationalStart;
            }

            var run = ReadRun(view, i);
            Classify(view, run, prefixes.GetValueOrDefault(i), spans);
            i = run.Groups[^1].End;
        }
    }

    private readonly record struct Prefix(int Start, string CountryCode)
    {
        public bool Present => !string.IsNullOrEmpty(CountryCode);
    }

    private readonly record struct Group(int Start, int End)
    {
        public int Length => End - Start;
    }

    /// <summary>Digit groups, and the separator before each (index 0: none).</summary>
    private sealed record Run(List<Group> Groups, List<char> Separators);

    private static Run ReadRun(string view, int start)
    {
        var groups = new List<Group>();
        var separators = new List<char> { '\0' };
        int i = start;
        while (true)
        {
            int groupStart = i;
            while (i < view.Length && char.IsAsciiDigit(view[i]))
            {
                i++;
            }

            groups.Add(new Group(groupStart, i));
            if (groups.Count >= 40)
            {
                break;
            }

            // One separator: " ", ".", "-", "/", or " - " / " / ".
            int j = i;
            char separator;
            if (j + 2 < view.Length && view[j] == ' ' && view[j + 1] is '-' or '/' && view[j + 2] == ' ')
            {
                separator = view[j + 1];
                j += 3;
            }
            else if (j < view.Length && view[j] is ' ' or '.' or '-' or '/')
            {
                separator = view[j];
                j++;
            }
            else
            {
                break;
            }

            if (j < view.Length && char.IsAsciiDigit(view[j]))
            {
                separators.Add(separator);
                i = j;
            }
            else
            {
                break;
            }
        }

        return new Run(groups, separators);
    }

    private static void Classify(string view, Run run, Prefix prefix, List<PiiSpan> spans)
    {
        var groups = run.Groups;
        bool cprCue = HasCue(view, groups[0].Start, CprCues);
        bool phoneCue = prefix.Present || HasCue(view, prefix.Present ? prefix.Start : groups[0].Start, PhoneCues);

        // Left to right: the longest piece from here that is personal data; a piece may start or end only where
        // the run has a space (or at its ends), so "978-87-02-12345-6" is one ISBN, never a phone inside it.
        int a = 0;
        while (a < groups.Count)
        {
            bool found = false;
            for (int b = Math.Min(groups.Count - 1, a + 12); b >= a; b--)
            {
                if (!CanEndAt(run, b) || (a > 0 && run.Separators[a] != ' '))
                {
                    continue;
                }

                var kind = Kind(view, run, a, b, a == 0 ? prefix : default, cprCue, phoneCue);
                if (kind is null)
                {
                    continue;
                }

                int start = a == 0 && prefix.Present ? prefix.Start : groups[a].Start;
                spans.Add(new PiiSpan(start, groups[b].End - start, kind));
                a = b + 1;
                found = true;
                break;
            }

            if (!found)
            {
                a++;
            }
        }
    }

    private static bool CanEndAt(Run run, int b) => b == run.Groups.Count - 1 || run.Separators[b + 1] == ' ';

    private static string? Kind(string view, Run run, int a, int b, Prefix prefix, bool cprCue, bool phoneCue)
    {
        var lengths = new List<int>();
        var separators = new List<char>();
        string digits = "";
        for (int g = a; g <= b; g++)
        {
            lengths.Add(run.Groups[g].Length);
            digits += view[run.Groups[g].Start..run.Groups[g].End];
            if (g > a)
            {
                separators.Add(run.Separators[g]);
            }
        }

        bool sameSeparator = separators.Distinct().Count() <= 1;
        bool oneByOne = lengths.All(l => l == 1);

        if (prefix.Present)
        {
            // The national part after a country code. A +45 number has 8 digits; others 6–12 (E.164: 15 in all).
            if (prefix.CountryCode == "45" ? digits.Length == 8 : digits.Length is >= 6 and <= 12 && digits.Length + prefix.CountryCode.Length <= 15)
            {
                return PiiKinds.Phone;
            }

            return null;
        }

        if (digits.Length == 10 && (cprCue || (IsCprGrouping(lengths) || oneByOne) && IsCprDate(digits) && !IsDateThenTime(lengths, separators, digits)))
        {
            return PiiKinds.Cpr;
        }

        if (digits.Length is >= 13 and <= 19 && (lengths.All(l => l == 4 || l == lengths[^1]) || lengths.Count == 1) && Luhn(digits)
            && !IsIsbn(view, run.Groups[a].Start, digits))
        {
            return PiiKinds.Account;
        }

        if (digits.Length == 10 && digits.StartsWith("45", StringComparison.Ordinal) && lengths.Count == 1)
        {
            return PiiKinds.Phone; // "4512345678": +45 with the plus forgotten
        }

        if (digits.Length == 8 && (sameSeparator || phoneCue) && IsPhoneGrouping(lengths, oneByOne) && !LooksLikeDateOrTimes(lengths, separators, digits, phoneCue))
        {
            return PiiKinds.Phone;
        }

        // A foreign number after a cue; never 6+4 ("991399-1234" is CPR-shaped: with no real date, a book's or a case's number).
        if (phoneCue && digits.Length is >= 9 and <= 13 && lengths.All(l => l >= 2) && lengths is not [6, 4] && !separators.Contains('/') && !LooksLikeDateOrTimes(lengths, separators, digits, phoneCue: true))
        {
            return PiiKinds.Phone;
        }

        return null;
    }

    private static bool IsCprGrouping(List<int> lengths) =>
        lengths switch
        {
            [10] or [6, 4] or [2, 2, 2, 4] or [2, 2, 2, 2, 2] or [6, 2, 2] => true,
            _ => false,
        };

    private static bool IsPhoneGrouping(List<int> lengths, bool oneByOne) =>
        oneByOne || lengths.Count == 1 || (lengths.All(l => l is >= 2 and <= 4) && lengths.Count is 2 or 3 or 4);

    /// <summary>"12.03.24 1930": a date and a time, not a CPR number.</summary>
    private static bool IsDateThenTime(List<int> lengths, List<char> separators, string digits) =>
        lengths is [2, 2, 2, 4] && separators[0] is '.' or '/' && separators[1] == separators[0] && separators[2] == ' '
        && IsClockTime(digits[6..10]);

    private static bool LooksLikeDateOrTimes(List<int> lengths, List<char> separators, string digits, bool phoneCue)
    {
        // 12.03.2024, 12-03-2024, 12/03/2024, 12 03 2024: a date (even after "ring": "ring den 12.03.2024").
        if (lengths is [2, 2, 4] && separators[0] == separators[1] && IsDate(digits[..2], digits[2..4], digits[4..]))
        {
            return true;
        }

        // 2025-03-12, 2025.03.12: an ISO date.
        if (lengths is [4, 2, 2] && separators[0] == separators[1] && IsDate(digits[6..], digits[4..6], digits[..4]))
        {
            return true;
        }

        // 10.30-12.00, 10.30 12.00: two clock times.
        if (lengths is [2, 2, 2, 2] && separators is ['.', _, '.'] && IsClockTime(digits[..4]) && IsClockTime(digits[4..]))
        {
            return true;
        }

        // 2019-2024 or 2019 2024: two years; 1000-1600: two clock times (with a space it is read as a phone:
        // "2030 2145" is a real mobile number more often than an opening time).
        return !phoneCue && lengths is [4, 4]
            && (IsYear(digits[..4]) && IsYear(digits[4..]) || separators[0] == '-' && IsClockTime(digits[..4]) && IsClockTime(digits[4..]));
    }

    private static bool IsIsbn(string view, int start, string digits) =>
        digits.Length is 13 && digits.StartsWith("97", StringComparison.Ordinal)
        || view.AsSpan(Math.Max(0, start - 8), Math.Min(8, start)).Contains("isbn", StringComparison.OrdinalIgnoreCase);

    private static bool IsYear(string four) => int.Parse(four, CultureInfo.InvariantCulture) is >= 1900 and <= 2099;

    private static bool IsClockTime(string four) =>
        int.Parse(four[..2], CultureInfo.InvariantCulture) <= 24 && int.Parse(four[2..], CultureInfo.InvariantCulture) <= 59;

    private static bool IsDate(string day, string month, string year)
    {
        int d = int.Parse(day, CultureInfo.InvariantCulture), m = int.Parse(month, CultureInfo.InvariantCulture), y = int.Parse(year, CultureInfo.InvariantCulture);
        return y is >= 1900 and <= 2099 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);
    }

    /// <summary>
    /// Whether DDMMYY is a date that exists, in the century the 7th digit gives (the CPR Office's rule):
    /// 0–3 → 1900s; 4 and 9 → 2000–2036 or 1937–1999; 5–8 → 2000–2057 or 1858–1899.
    /// </summary>
    internal static bool IsCprDate(string tenDigits)
    {
        int day = int.Parse(tenDigits[..2], CultureInfo.InvariantCulture);
        int month = int.Parse(tenDigits[2..4], CultureInfo.InvariantCulture);
        int twoDigitYear = int.Parse(tenDigits[4..6], CultureInfo.InvariantCulture);
        int seventh = tenDigits[6] - '0';
        int century = seventh switch
        {
            <= 3 => 1900,
            4 or 9 => twoDigitYear <= 36 ? 2000 : 1900,
            _ => twoDigitYear <= 57 ? 2000 : 1800,
        };

        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(century + twoDigitYear, month);
    }

    private static bool Luhn(string digits)
    {
        int sum = 0;
        bool twice = false;
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            int d = digits[i] - '0';
            if (twice)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            twice = !twice;
        }

        return sum % 10 == 0;
    }

    /// <summary>
    /// The word is a cue, a cue with "nummer"/"nr" glued on ("tlf.nr", "cpr-nummer"), a cue with a short ending
    /// ("ringede", "telefonen", "телефоном"), or an Arabic word holding the cue behind a prefix ("بالهاتف").
    /// </summary>
    private static bool IsCue(string raw, string[] cues)
    {
        string word = raw.ToLowerInvariant().Replace(".", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal);
        foreach (string cue in cues)
        {
            string c = cue.Replace("-", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal);
            if (word == c
                || word.StartsWith(c, StringComparison.Ordinal) && (word[c.Length..] is "nummer" or "nr" or "nummeret" || c.Length >= 4 && word.Length <= c.Length + 4)
                || c[0] >= '\u0600' && c[0] <= '\u06FF' && word.Contains(c, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of <paramref name="cues"/> is among the three words before <paramref name="position"/>.</summary>
    private static bool HasCue(string view, int position, string[] cues)
    {
        int words = 0;
        int i = position - 1;
        while (i >= 0 && words < 3)
        {
            while (i >= 0 && !char.IsLetter(view[i]))
            {
                if (char.IsAsciiDigit(view[i]) || view[i] == '\n')
                {
                    return false;
                }

                i--;
            }

            int end = i + 1;
            while (i >= 0 && (char.IsLetter(view[i]) || view[i] is '-' or '\''))
            {
                i--;
            }

            if (end > i + 1)
            {
                if (IsCue(view[(i + 1)..end], cues))
                {
                    return true;
                }

                words++;
            }
        }

        return false;
    }
}
