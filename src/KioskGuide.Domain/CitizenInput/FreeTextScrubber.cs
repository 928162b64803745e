using System.Text.RegularExpressions;

namespace KioskGuide.Domain.CitizenInput;

/// <summary>Scrubbed free text and which kinds of personal data were taken out of it.</summary>
/// <param name="Text">The text with every match replaced by <see cref="FreeTextScrubber.Marker"/>; all else exactly as written.</param>
/// <param name="RemovedKinds">
/// The kinds removed, each once, in the order "cpr", "phone", "email", "address"; empty when nothing was removed.
/// </param>
public sealed record ScrubResult(string Text, IReadOnlyList<string> RemovedKinds);

/// <summary>
/// Takes personal data out of the free text a citizen types at the kiosk before it is stored:
/// CPR numbers, Danish phone numbers, e-mail addresses and street addresses. Each is replaced by
/// the visible <see cref="Marker"/>; everything else is kept exactly as written.
/// </summary>
/// <remarks>
/// <para>Precision first: dates, times, prices, ages, counts, years, bus numbers, postcode and town
/// alone, and a street name without a house number are left alone, since a false positive destroys
/// what the citizen meant. A CPR number with a real date, an 8-digit phone number and an e-mail
/// address are always removed.</para>
/// <para>The kinds are scrubbed in a fixed order — e-mail, CPR, phone, address — so digits inside an
/// e-mail address are gone before the number patterns look, and a 10-digit CPR number is gone
/// before the phone pattern could take 8 of its digits.</para>
/// <para>Every pattern has a match timeout; a <see cref="RegexMatchTimeoutException"/> is let through
/// so the caller refuses the text rather than storing it half-scrubbed.</para>
/// </remarks>
public static class FreeTextScrubber
{
    /// <summary>What each removed piece of personal data is replaced by.</summary>
    public const string Marker = "[fjernet]";

    public const string CprKind = "cpr";
    public const string PhoneKind = "phone";
    public const string EmailKind = "email";
    public const string AddressKind = "address";

    private const RegexOptions Options =
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture;

    // Generous: it is there to stop a runaway match, and the first match after start-up also pays
    // for compiling the pattern. A normal sentence takes well under a millisecond.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    // An e-mail address: local part @ domain . top-level domain. \p{L} and \p{N} take in æ, ø, å
    // and any other letter, so "søren@åbæk.dk" is caught as well as "jens.hansen+klub@gmail.com".
    // A full stop after the address ends the sentence: the domain must end in letters.
    private static readonly Regex Email = new(
        """
        [\p{L}\p{N}._%+\-]+                 # local part
        @
        [\p{L}\p{N}\-]+                     # first domain label
        (?:\.[\p{L}\p{N}\-]+)*              # more labels
        \.\p{L}{2,}                         # top-level domain: "dk", "com"
        """,
        Options,
        MatchTimeout);

    // A CPR number: DDMMYY then the 4-digit sequence number, with "-", "–", a space or nothing
    // between. Whether DDMMYY is a real date is checked in code (IsCprDate), not here.
    private static readonly Regex Cpr = new(
        """
        (?<!\d)                             # not the tail of a longer number
        (?<day>\d{2})(?<month>\d{2})(?<year>\d{2})
        [\-–\x20]?
        (?<sequence>\d{4})
        (?!\d)                              # not the head of a longer number
        """,
        Options,
        MatchTimeout);

    // A Danish phone number: 8 digits, optionally after +45, 0045, (+45) or a bare 45 glued on,
    // written together, as 4+4 or 2+2+4 with spaces, or as 2+2+2+2 with one kind of separator
    // (space, dash or dot). The same separator throughout keeps "10.30-12.00" (a time) out, and
    // dates like "12.03.2024" or "12-03-2024" fit none of the groupings.
    private static readonly Regex Phone = new(
        """
        (?<!\d[.\-]?)                       # not the tail of "1.250" or a longer number
        (?:
            (?:\+|00)45[\x20\-]?            # +45 12345678, 0045 12 34 56 78, +45-12345678
          | \(\+?45\)\x20?                  # (+45) 12345678
          | 45(?=\d{8}(?!\d))               # 4512345678: the plus forgotten
        )?
        (?:
            \d{8}                           # 12345678
          | \d{4}\x20\d{4}                  # 1234 5678
          | (?!(?:0[1-9]|[12]\d|3[01])\x20(?:0[1-9]|1[0-2])\x20(?:19|20)\d{2})   # not a date: "10 12 2024"
            \d{2}\x20\d{2}\x20\d{4}          # 12 34 5678
          | \d{2}(?<separator>[\x20.\-])\d{2}\k<separator>\d{2}\k<separator>\d{2}   # 12 34 56 78, 12-34-56-78, 12.34.56.78
        )
        (?![.\-]?\d)                        # not the head of a longer number
        """,
        Options,
        MatchTimeout);

    // Endings of Danish street names, in the indefinite and the definite form ("vej", "vejen").
    private const string StreetSuffix =
        "vej(?:en)?|gade(?:n)?|all[eé](?:en)?|plads(?:en)?|stræde(?:t)?|vænge(?:t)?|park(?:en)?|have(?:n)?|torv(?:et)?"
        + "|boulevard(?:en)?|sti(?:en)?|bakke(?:n)?|toft(?:en)?|eng(?:en)?|vang(?:en)?|høj(?:en)?|lund(?:en)?|gyde(?:n)?";

    // The endings trusted in a word typed in lower case ("strandvejen 8"). The others end too many
    // ordinary words: "arbejdsplads", "børnehave", "køkkenhaven", "cykelsti", "dreng".
    private const string LowerCaseStreetSuffix =
        "vej(?:en)?|gade(?:n)?|all[eé](?:en)?|stræde(?:t)?|vænge(?:t)?|torv(?:et)?|boulevard(?:en)?";

    // The same endings as words of their own, after another word: "Vester Allé", "Sankt Hans Torv".
    private const string StreetWord =
        "Vej(?:en)?|Gade(?:n)?|All[eé](?:en)?|Plads(?:en)?|Stræde(?:t)?|Vænge(?:t)?|Park(?:en)?|Have(?:n)?|Torv(?:et)?"
        + "|Boulevard(?:en)?|Sti(?:en)?|Bakke(?:n)?|Toft(?:en)?|Eng(?:en)?|Vang(?:en)?|Høj(?:en)?|Lund(?:en)?|Gyde(?:n)?";

    // Definite street words that are street names on their own: "Torvet 3", "Toften 12".
    // Not "Vejen" (a town) and not "Alle" ("everyone", capitalised at the start of a sentence).
    private const string LoneStreetWord =
        "Torvet|Parken|Engen|Bakken|Vænget|Toften|Haven|Stien|Vangen|Højen|Pladsen|Alléen|Strædet|Lunden";

    // Words that open many street names: "Gammel Kongevej", "Nørre Allé", "Skt. Hans Torv".
    private const string StreetPrefix =
        "Gammel|Gamle|Gl\\.|Ny|Nye|Store|St\\.|Lille|Ll\\.|Nørre|Søndre|Vester|Vestre|Øster|Østre|Nordre|Sankt|Skt\\."
        + "|Kong|Kongens|Dronning|Dronningens|Prins|Prinsesse|Indre|Ydre|Øvre|Nedre|Lange|Brede";

    // What may follow a number that is not a house number: a count, an age, a price, a duration…
    private const string Unit =
        "gange?|år|årig\\p{L}*|kr|kroner|timer?|timers|min|minutter|minutters|sek|sekunder|dage?|dages|døgn|uger?|ugers"
        + "|måneder?|km|m|meter|procent|pct|personer|mennesker|folk|børn|voksne|deltagere|pladser|steder|stk|nætter"
        + "|kg|liter|grader|point|sider|bøger";

    // A street address: a street name ending in a street suffix, a house number (1–999, optional
    // letter), optionally floor and side, optionally postcode and town. The house number must
    // stand alone: "Torvet 10.30" is a time, "Parken 3-1" a score, "Torvet 5. maj" a date,
    // "Haven 3 gange" a count — none of them an address.
    private static readonly Regex Address = new(
        $$"""
        (?<![\p{L}\p{N}\-])                # the start of a word (and one try per word, not per letter)
        (?:
            # one word ending in a street suffix, perhaps after a prefix word: "Nørregade",
            # "Bibliotekstorvet", "Gammel Kongevej". Lower case needs 3 letters before one of the
            # trusted suffixes, so "strandvejen" counts but "omvej" and "arbejdsplads" do not.
            (?:(?:{{StreetPrefix}})\x20){0,2}
            (?:\p{Lu}[\p{L}\-]*?(?:{{StreetSuffix}})|\p{Ll}[\p{L}\-]{2,}?(?:{{LowerCaseStreetSuffix}}))
          |
            # a name, then a street word: "Vester Allé", "H.C. Andersens Boulevard", "Sankt Hans Torv"
            (?:(?:\p{Lu}\.\x20?){1,3}|(?:{{StreetPrefix}})\x20)?
            \p{Lu}[\p{L}\-']*\x20(?:{{StreetWord}})
          |
            # a street word alone: "Torvet", "Toften"
            (?:{{LoneStreetWord}})
        )
        (?!\p{L})
        \x20
        [1-9]\d{0,2}(?!\d)                  # house number 1–999; "Torvet 2024" is a year
        (?:[a-hA-H]|\x20[A-H])?             # house letter: "12A", "12a", "12 A"
        (?![\p{L}\p{N}])
        (?![.:\-–/]\d)                      # 10.30, 10:30, 10-14, 3-1, 1/2
        (?!,\d(?!\d?\.?\x20?(?:th|tv|mf|sal)(?!\p{L})))   # 2,5 km; but 12,3.th is floor and side
        (?!\x20?%)                          # a percentage
        (?!\.\x20?(?!(?:th|tv|mf|sal)(?!\p{L}))\p{Ll})   # an ordinal: "5. maj", "3. gang"
        (?!\x20til\x20\d)                   # a range: "Torvet 10 til 14"
        (?!\.?\x20(?:{{Unit}})(?!\p{L}))    # a count, age, price or duration
        (?:                                 # floor and side: "3. th", "st. tv", "2.sal", "st.", "tv"
            ,?\x20?
            (?:
                (?:st|kl|\d{1,2})\.?\x20?(?:th|tv|mf)
              | \d{1,2}\.\x20?sal
              | st(?=\.)
              | th|tv|mf
            )
            (?!\p{L})
        )?
        (?:                                 # postcode and town: ", 4790 Åbæk", "2100 København Ø"
            ,?\x20\d{4}\x20\p{Lu}[\p{L}\-]*
            (?:\x20(?:NV|SV|NØ|SØ|[NSØVCK])(?!\p{L}))?
        )?
        """,
        Options,
        MatchTimeout);

    // A compiled pattern's matcher is JIT-compiled on its first match, and that time counts against
    // the match timeout: on a busy, slow kiosk the first citizen's text could time out. Match once
    // here, outside anyone's text, so the JIT is done before the first real match.
    static FreeTextScrubber()
    {
        foreach (var pattern in new[] { Email, Cpr, Phone, Address })
        {
            try
            {
                _ = pattern.IsMatch("Nørregade 5, 3. th, 4790 Åbæk; 12 34 56 78; navn@åbæk.dk; 120345-1234");
            }
            catch (RegexMatchTimeoutException)
            {
                // Thrown only once the matcher runs, so it is compiled by now all the same.
            }
        }
    }

    /// <summary>
    /// <paramref name="text"/> with CPR numbers, phone numbers, e-mail addresses and street addresses
    /// replaced by <see cref="Marker"/>.
    /// </summary>
    /// <exception cref="RegexMatchTimeoutException">When a pattern takes too long; do not store the text then.</exception>
    public static ScrubResult Scrub(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var removed = new HashSet<string>(StringComparer.Ordinal);
        string scrubbed = ScrubEmails(text, removed);
        scrubbed = ScrubCprNumbers(scrubbed, removed);
        scrubbed = ScrubPhoneNumbers(scrubbed, removed);
        scrubbed = ScrubAddresses(scrubbed, removed);

        string[] kinds = [.. new[] { CprKind, PhoneKind, EmailKind, AddressKind }.Where(removed.Contains)];
        return new ScrubResult(scrubbed, kinds);
    }

    private static string ScrubEmails(string text, HashSet<string> removed) =>
        ReplaceAll(Email, text, EmailKind, removed);

    private static string ScrubCprNumbers(string text, HashSet<string> removed) =>
        Cpr.Replace(text, match =>
        {
            if (!IsCprDate(match))
            {
                return match.Value; // "991399-1234" is not a CPR number
            }

            removed.Add(CprKind);
            return Marker;
        });

    private static string ScrubPhoneNumbers(string text, HashSet<string> removed) =>
        ReplaceAll(Phone, text, PhoneKind, removed);

    private static string ScrubAddresses(string text, HashSet<string> removed) =>
        ReplaceAll(Address, text, AddressKind, removed);

    private static string ReplaceAll(Regex pattern, string text, string kind, HashSet<string> removed) =>
        pattern.Replace(text, _ =>
        {
            removed.Add(kind);
            return Marker;
        });

    /// <summary>
    /// Whether DDMMYY is a date that exists, in the century the 7th digit gives (the CPR Office's rule):
    /// 0–3 → 1900s; 4 and 9 → 2000–2036 or 1937–1999; 5–8 → 2000–2057 or 1858–1899.
    /// No modulus-11 check: numbers issued since 2007 need not pass it.
    /// </summary>
    private static bool IsCprDate(Match match)
    {
        int day = int.Parse(match.Groups["day"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        int month = int.Parse(match.Groups["month"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        int twoDigitYear = int.Parse(match.Groups["year"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        int seventhDigit = match.Groups["sequence"].ValueSpan[0] - '0';

        int century = seventhDigit switch
        {
            <= 3 => 1900,
            4 or 9 => twoDigitYear <= 36 ? 2000 : 1900,
            _ => twoDigitYear <= 57 ? 2000 : 1800,
        };

        return month is >= 1 and <= 12
            && day >= 1
            && day <= DateTime.DaysInMonth(century + twoDigitYear, month);
    }
}
