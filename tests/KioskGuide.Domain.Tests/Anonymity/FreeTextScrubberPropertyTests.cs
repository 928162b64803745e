using System.Globalization;
using System.Text;
using KioskGuide.Domain.CitizenInput;
using KioskGuide.Domain.CitizenInput.Scrubbing;

namespace KioskGuide.Domain.Tests.Anonymity;

/// <summary>
/// Properties over random strings (seeded, so a failure is reproducible from the seed in its message): the
/// scrubber never throws and never gives up, its output is normalised and free of invisible and bidi characters,
/// scrubbing twice changes nothing, and a CPR number, phone number or e-mail address put into random text never
/// survives, whatever separators, digits or invisible characters it is written with.
/// </summary>
public sealed class FreeTextScrubberPropertyTests
{
    private const int Cases = 3000;

    // Alphabets an attacker or a confused client could send: every plane, lone surrogates, format and bidi controls,
    // combining marks, digits of several scripts, punctuation the detectors look at.
    private static readonly string[] Pieces =
    [
        "a", "Z", "æ", "ø", "å", "Å", "é", " ", "  ", "\n", "\r\n", "\t", ".", ",", "-", "–", "—", "/", "(", ")", "[", "]", "@", "＠", "+", ":", "'",
        "0", "1", "2", "5", "9", "١", "٢", "٩", "۳", "१", "０", "９", "𝟗", "𐒡", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD",
        "\u202A", "\u202B", "\u202D", "\u202E", "\u202C", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C",
        "\u0301", "\u0336", "\u20DD", "\uD800", "\uDC00", "\uDBFF\uDFFF", "\uFFFE", "\uFFFF", "\uFDD0", "\uE000", "\u0000", "\u0007",
        "😀", "👨‍👩‍👧", "ﬁ", "Ⅻ", "①", "½", "㎞", "ǅ", "İ", "ß", "ς", "й", "ї", "ь", "ا", "ل", "م", "ـ", "َ", "ﻻ", "中", "한",
        "jeg hedder ", "mit navn er ", "my name is ", "мене звати ", "اسمي ", "Fru ", "min datter ", "bor på ", "vej ", "gade 3 ",
        "Karen ", "Jensen ", "at ", "dot ", "gmail ", "com", "dk", "(at)", "[dot]", "nr. ", "cpr ", "tlf ", "+45 ", "(+45) ",
    ];

    [Fact]
    public void Never_throws_never_gives_up_and_leaves_no_invisible_or_bidi_character()
    {
        var random = new Random(20260107);
        for (int n = 0; n < Cases; n++)
        {
            string text = RandomText(random, random.Next(0, 120));
            ScrubResult result;
            try
            {
                result = FreeTextScrubber.Scrub(text);
            }
            catch (Exception ex)
            {
                Assert.Fail($"case {n}: {Escape(text)} threw {ex}");
                return;
            }

            Assert.False(result.RemovedKinds.Contains(PiiKinds.Unchecked), $"case {n}: {Escape(text)} was not checked");
            foreach (var rune in EnumerateRunes(result.Text, n, text))
            {
                var category = Rune.GetUnicodeCategory(rune);
                Assert.False(category is UnicodeCategory.Format or UnicodeCategory.Control && rune.Value != '\n', $"case {n}: {Escape(text)} left U+{rune.Value:X4}");
                Assert.False(category is UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate, $"case {n}: {Escape(text)} left U+{rune.Value:X4}");
            }

            Assert.True(result.Text.IsNormalized(NormalizationForm.FormKC) || result.Text.Normalize(NormalizationForm.FormKC) == result.Text, $"case {n}: output not NFKC");
        }
    }

    [Fact]
    public void Scrubbing_twice_changes_nothing_on_random_text()
    {
        var random = new Random(7);
        for (int n = 0; n < Cases; n++)
        {
            string text = RandomText(random, random.Next(0, 80));
            string once = FreeTextScrubber.Scrub(text).Text;
            string twice = FreeTextScrubber.Scrub(once).Text;
            Assert.True(once == twice, $"case {n}: {Escape(text)} → {Escape(once)} → {Escape(twice)}");
        }
    }

    [Fact]
    public void A_cpr_number_phone_number_or_email_put_into_random_text_never_survives()
    {
        var random = new Random(42);
        for (int n = 0; n < Cases; n++)
        {
            var (secret, digits) = (random.Next(3)) switch
            {
                0 => Cpr(random),
                1 => Phone(random),
                _ => Email(random),
            };
            string before = Safe(random), after = Safe(random);
            string text = $"{before} {secret} {after}";
            string scrubbed = FreeTextScrubber.Scrub(text).Text;
            string viewed = TextNormalizer.DetectionView(scrubbed);
            string onlyDigits = new([.. viewed.Where(char.IsAsciiDigit)]);

            Assert.False(digits.Length > 0 && onlyDigits.Contains(digits, StringComparison.Ordinal), $"case {n}: {Escape(text)} → {Escape(scrubbed)}");
            Assert.DoesNotContain("@", scrubbed, StringComparison.Ordinal);
        }
    }

    /// <summary>Random words that hold no personal data and no digits, for context.</summary>
    private static string Safe(Random random)
    {
        string[] words = ["vi", "mødes", "på", "biblioteket", "og", "det", "er", "hyggeligt", "tak", "please", "call", "ring", "mit", "nummer", "er", "cpr", "mail", "skriv", "til", "—", ",", ".", "!"];
        return string.Join(' ', Enumerable.Range(0, random.Next(0, 6)).Select(_ => words[random.Next(words.Length)]));
    }

    private static (string Text, string Digits) Cpr(Random random)
    {
        var birth = new DateTime(1900, 1, 1).AddDays(random.Next(0, 36_500));
        // The 7th digit that gives this century (CPR Office table).
        int seventh = birth.Year < 2000 ? random.Next(0, 4) : 4;
        string digits = birth.ToString("ddMMyy", CultureInfo.InvariantCulture) + seventh + random.Next(0, 1000).ToString("000", CultureInfo.InvariantCulture);
        string[] groupings = ["{0}{1}{2}{3}", "{0}{1}{2}-{3}", "{0}{1}{2} {3}", "{0}.{1}.{2}-{3}", "{0}-{1}-{2}-{3}", "{0}{1}{2}/{3}", "{0} {1} {2} {3}", "{0}{1}{2}.{3}", "{0}{1}{2}–{3}"];
        string text = string.Format(CultureInfo.InvariantCulture, groupings[random.Next(groupings.Length)], digits[..2], digits[2..4], digits[4..6], digits[6..]);
        return (Disguise(random, text), digits);
    }

    private static (string Text, string Digits) Phone(Random random)
    {
        string digits = random.Next(2, 10).ToString(CultureInfo.InvariantCulture) + random.Next(0, 10_000_000).ToString("0000000", CultureInfo.InvariantCulture);
        string[] groupings = ["{0}", "{1} {2}", "{3} {4} {5} {6}", "{3}-{4}-{5}-{6}", "{3}.{4}.{5}.{6}", "+45 {0}", "+45 {3} {4} {5} {6}", "(+45) {1}-{2}", "0045 {0}", "+45-{1} {2}", "(45) {3} {4} {5} {6}"];
        string text = string.Format(CultureInfo.InvariantCulture, groupings[random.Next(groupings.Length)],
            digits, digits[..4], digits[4..], digits[..2], digits[2..4], digits[4..6], digits[6..]);
        return (Disguise(random, text), digits);
    }

    private static (string Text, string Digits) Email(Random random)
    {
        string[] locals = ["karen", "jens.hansen", "ole_1948", "anne-marie", "søren"];
        string[] domains = ["gmail.com", "hotmail.dk", "mail.dk", "åbæk.dk", "live.dk"];
        string local = locals[random.Next(locals.Length)];
        var domain = domains[random.Next(domains.Length)].Split('.');
        string[] forms =
        [
            $"{local}@{domain[0]}.{domain[1]}", $"{local}(at){domain[0]}(dot){domain[1]}", $"{local} [at] {domain[0]} [dot] {domain[1]}",
            $"{local} at {domain[0]} dot {domain[1]}", $"{local}＠{domain[0]}．{domain[1]}", $"{local} @ {domain[0]} . {domain[1]}",
        ];
        return (forms[random.Next(forms.Length)], "");
    }

    /// <summary>Invisible characters between the characters, or full-width/Arabic-Indic digits.</summary>
    private static string Disguise(Random random, string text) => random.Next(4) switch
    {
        0 => string.Join("\u200B", text.ToCharArray()),
        1 => new string([.. text.Select(c => char.IsAsciiDigit(c) ? (char)('０' + (c - '0')) : c)]),
        2 => new string([.. text.Select(c => char.IsAsciiDigit(c) ? (char)('٠' + (c - '0')) : c)]),
        _ => text,
    };

    private static string RandomText(Random random, int pieces)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < pieces; i++)
        {
            if (random.Next(10) == 0)
            {
                builder.Append((char)random.Next(0, 0x10000)); // any UTF-16 unit, lone surrogates included
            }
            else
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
            }
        }

        return builder.ToString();
    }

    private static IEnumerable<Rune> EnumerateRunes(string text, int n, string input)
    {
        for (int i = 0; i < text.Length;)
        {
            Assert.True(Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out int used) == System.Buffers.OperationStatus.Done, $"case {n}: {Escape(input)} left a broken surrogate");
            yield return rune;
            i += used;
        }
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}"));
}
