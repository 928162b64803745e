using System.Numerics;
using System.Text.RegularExpressions;

namespace KioskGuide.Domain.CitizenInput.Scrubbing;

/// <summary>
/// Bank accounts: an IBAN that passes its mod-97 check ("DK50 0040 0440 1162 43"), and a Danish registration
/// number with an account number after "reg.nr."/"konto" ("reg. 1234 konto 0012345678"). Payment cards are found
/// by <see cref="NumberDetector"/> (Luhn).
/// </summary>
internal static class AccountDetector
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture;
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(500);

    private static readonly Regex Iban = new(
        """
        (?<![\p{L}\p{N}])
        [A-Za-z]{2}\d{2}(?:\x20?[A-Za-z0-9]{4}){2,7}(?:\x20?[A-Za-z0-9]{1,3})?
        (?![\p{L}\p{N}])
        """,
        Options,
        Timeout);

    private static readonly Regex DanishAccount = new(
        """
        (?<![\p{L}\p{N}])
        (?i:reg(?:istrerings)?\.?\x20?(?:nr|nummer)?\.?|konto(?:nr|nummer)?\.?|kontonr\.?|account(?:\x20number|\x20no\.?)?|рахунок|حساب)
        \x20?:?\x20?
        \d{4}
        (?:[\x20,\-/]{0,3}(?i:(?:og|and)\x20)?(?i:konto(?:nr|nummer)?\.?\x20?:?\x20?)?)?
        \d{6,10}
        (?!\d)
        """,
        Options,
        Timeout);

    public static void Find(string view, List<PiiSpan> spans)
    {
        foreach (Match match in Iban.Matches(view))
        {
            if (IbanChecks(match.Value))
            {
                spans.Add(new PiiSpan(match.Index, match.Length, PiiKinds.Account));
            }
        }

        foreach (Match match in DanishAccount.Matches(view))
        {
            spans.Add(new PiiSpan(match.Index, match.Length, PiiKinds.Account));
        }
    }

    private static bool IbanChecks(string candidate)
    {
        string iban = candidate.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (iban.Length is < 15 or > 34)
        {
            return false;
        }

        var digits = new System.Text.StringBuilder();
        foreach (char c in iban[4..] + iban[..4])
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                digits.Append((c - 'A' + 10).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                return false;
            }
        }

        return BigInteger.Parse(digits.ToString(), System.Globalization.CultureInfo.InvariantCulture) % 97 == 1;
    }
}
